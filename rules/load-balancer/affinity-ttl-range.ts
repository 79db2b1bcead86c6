import { defineRule } from "../../src/engine/rule.js";

/** Accepted session_affinity_ttl by affinity type, in seconds (the API's field description). */
const RANGES: Record<string, [number, number]> = {
  cookie: [1800, 604800],
  ip_cookie: [1800, 604800],
  header: [30, 3600],
};

export default defineRule({
  id: "load-balancer/affinity-ttl-range",
  kinds: ["load_balancer"],
  severity: "error",
  predicts: "1002",
  description: "session_affinity_ttl must be 1800-604800 s for cookie affinity and 30-3600 s for header affinity",
  check(lb, ctx) {
    const settings: [string, Record<string, unknown> | undefined][] = [["", lb]];
    (lb.rules ?? []).forEach((rule, i) => settings.push([`/rules/${i}/overrides`, rule.overrides]));
    for (const [at, s] of settings) {
      if (!s || typeof s.session_affinity_ttl !== "number") continue;
      // An override without its own affinity type keeps the load balancer's.
      const affinity = s.session_affinity ?? lb.session_affinity;
      const range = typeof affinity === "string" ? RANGES[affinity] : undefined;
      if (!range) continue;
      const ttl = s.session_affinity_ttl;
      if (ttl >= range[0] && ttl <= range[1]) continue;
      const nearest = ttl < range[0] ? range[0] : range[1];
      ctx.report({
        at: `${at}/session_affinity_ttl`,
        message:
          `session_affinity_ttl is not in range [${range[0]}, ${range[1]}]: validation failed. ${affinity} affinity ` +
          `lasts ${range[0]} to ${range[1]} seconds; got ${ttl}`,
        suggestions: [{ desc: `set session_affinity_ttl to ${nearest}`, fix: { op: "replace", at: `${at}/session_affinity_ttl`, value: nearest } }],
      });
    }
  },
});
