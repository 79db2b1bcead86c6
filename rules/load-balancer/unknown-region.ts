import { defineRule, type Report } from "../../src/engine/rule.js";
import { joinPointer } from "../../src/parse/pointer.js";
import { closest } from "../../src/text/did-you-mean.js";

/** The region codes a load balancer maps to pools (NOTES 26: the API's `load-balancing_region_code`). */
const REGIONS = ["WNAM", "ENAM", "WEU", "EEU", "NSAM", "SSAM", "OC", "ME", "NAF", "SAF", "SAS", "SEAS", "NEAS"];

export default defineRule({
  id: "load-balancer/unknown-region",
  kinds: ["load_balancer"],
  severity: "warning",
  predicts: "ignored",
  description: "Every region_pools key must be one of Cloudflare's 13 region codes",
  check(lb, ctx) {
    const places: [at: string, map: unknown][] = [["", lb.region_pools]];
    (lb.rules ?? []).forEach((rule, i) => places.push([`/rules/${i}/overrides`, rule.overrides?.region_pools]));
    for (const [base, map] of places) {
      if (map === null || typeof map !== "object" || Array.isArray(map)) continue;
      for (const key of Object.keys(map)) {
        // A code in other case is left alone: whether the API reads it so is not documented.
        if (REGIONS.includes(key.toUpperCase())) continue;
        ctx.report(unknownRegion(base, key, Object.keys(map)));
      }
    }
  },
});

function unknownRegion(base: string, key: string, keys: readonly string[]): Report {
  const at = joinPointer(`${base}/region_pools`, key);
  // Suggested only when one code is one edit away and not mapped already: NAM could be WNAM or ENAM.
  const meant = closest(key, REGIONS, 1);
  const unique = meant !== undefined && closest(key, REGIONS.filter((r) => r !== meant), 1) === undefined && !keys.includes(meant);
  return {
    at,
    target: "key",
    message:
      `region_pools key "${key}" is not a Cloudflare region code (${REGIONS.join(", ")}), so its pools serve no ` +
      "region: clients there get default_pools, unless the API refuses the key outright." +
      (unique ? ` Did you mean "${meant}"?` : " Use the region's code"),
    ...(unique ? { suggestions: [{ desc: `rename it to "${meant}"`, fix: { op: "rename", at, key: meant } }] } : {}),
  };
}
