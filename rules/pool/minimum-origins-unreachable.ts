import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/minimum-origins-unreachable",
  kinds: ["pool"],
  severity: "warning",
  predicts: "unusable-pool",
  description: "minimum_origins should not exceed the number of enabled origins in the pool",
  check(pool, ctx) {
    const minimum = pool.minimum_origins;
    if (pool.enabled === false || typeof minimum !== "number" || !Array.isArray(pool.origins)) return;
    const total = pool.origins.length;
    const enabled = pool.origins.filter((origin) => origin.enabled !== false).length;
    // Above the total is pool/minimum-origins; no enabled origin at all is pool/no-enabled-origins.
    if (minimum <= enabled || minimum > total || enabled === 0) return;
    ctx.report({
      at: "/minimum_origins",
      message:
        `minimum_origins ${minimum} is more than the pool's ${enabled} enabled origin${enabled === 1 ? "" : "s"} ` +
        `(${total} in all): while the others are disabled the pool can never count as healthy, and load ` +
        `balancers using it fail over past it. Lower it to at most ${enabled}, or enable more origins`,
      suggestions: [{ desc: `set minimum_origins to ${enabled}`, fix: { op: "replace", at: "/minimum_origins", value: enabled } }],
    });
  },
});
