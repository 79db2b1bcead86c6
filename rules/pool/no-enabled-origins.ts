import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/no-enabled-origins",
  kinds: ["pool"],
  severity: "warning",
  predicts: "unusable-pool",
  description: "An enabled pool needs at least one enabled origin",
  check(pool, ctx) {
    // A disabled pool is out of service on purpose; an empty origin list is the schema's concern.
    if (pool.enabled === false || !Array.isArray(pool.origins) || pool.origins.length === 0) return;
    if (!pool.origins.every((origin) => origin.enabled === false)) return;
    const count = pool.origins.length;
    ctx.report({
      at: "/origins",
      target: "key",
      message:
        `all ${count} of the pool's origins have "enabled": false, so the pool gets no traffic and no health ` +
        "checks and load balancers using it fail over past it. Enable at least one origin, or set the pool's " +
        `own "enabled" to false if it is meant to be out of service`,
    });
  },
});
