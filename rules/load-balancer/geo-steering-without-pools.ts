import { defineRule } from "../../src/engine/rule.js";

const GEO_MAPS = ["region_pools", "country_pools", "pop_pools"] as const;

export default defineRule({
  id: "load-balancer/geo-steering-without-pools",
  kinds: ["load_balancer"],
  severity: "warning",
  predicts: "ignored",
  description: "Geo steering needs region_pools, country_pools or pop_pools",
  check(lb, ctx) {
    if (lb.steering_policy !== "geo") return;
    const mapped = GEO_MAPS.some((field) => {
      const map: unknown = lb[field];
      return map !== null && typeof map === "object" && Object.values(map).some((ids) => Array.isArray(ids) && ids.length > 0);
    });
    if (mapped) return;
    ctx.report({
      at: "/steering_policy",
      message:
        'steering_policy "geo" maps no location to a pool: region_pools, country_pools and pop_pools are all ' +
        "empty or absent, so every client gets default_pools in failover order, as with \"off\". Map regions or " +
        'countries to pools, e.g. "region_pools": {"WEU": ["<pool id>"]}, or set the policy to "off"',
    });
  },
});
