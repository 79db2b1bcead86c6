import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/minimum-origins",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
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
