import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/host-header-count",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
  description: "An origin's Host header override takes exactly one value",
  check(pool, ctx) {
    (pool.origins ?? []).forEach((origin, i) => {
      const values = origin.header?.Host;
      if (!Array.isArray(values) || values.length <= 1) return;
      ctx.report({
        at: `/origins/${i}/header/Host/1`,
        message:
          `origin Host header has ${values.length} values (${values.map((v) => JSON.stringify(v)).join(", ")}); ` +
          "the API supports one Host override per origin. Keep one, and put another host in an origin of its own",
        suggestions: [{ desc: `keep only ${JSON.stringify(values[0])}`, fix: { op: "replace", at: `/origins/${i}/header/Host`, value: [values[0]] } }],
      });
    });
  },
});
