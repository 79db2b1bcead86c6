import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/minimum-origins",
  kinds: ["pool"],
  // Nothing documents the API refusing such a pool (the spec gives minimum_origins no bound): it is
  // accepted and never counts as healthy. An error all the same, as it lasts whatever is enabled.
  severity: "error",
  predicts: "unusable-pool",
  description: "minimum_origins must not exceed the number of origins in the pool",
  check(pool, ctx) {
    const minimum = pool.minimum_origins;
    const count = Array.isArray(pool.origins) ? pool.origins.length : undefined;
    if (typeof minimum !== "number" || count === undefined || minimum <= count) return;
    ctx.report({
      at: "/minimum_origins",
      message:
        `minimum_origins ${minimum} is more than the pool's ${count} origin${count === 1 ? "" : "s"}: the pool could ` +
        `never have enough healthy origins to count as healthy. Lower it to at most ${count}, or add origins`,
      ...(count > 0 ? { suggestions: [{ desc: `set minimum_origins to ${count}`, fix: { op: "replace", at: "/minimum_origins", value: count } }] } : {}),
    });
  },
});
