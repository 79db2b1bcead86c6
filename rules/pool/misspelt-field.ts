import { defineRule } from "../../src/engine/rule.js";
import { misspeltFields } from "../../src/schema/fields.js";

export default defineRule({
  id: "pool/misspelt-field",
  kinds: ["pool"],
  severity: "warning",
  predicts: "ignored",
  description: "A pool's or origin's key one slip from a field (adress) is no field, and the API ignores it",
  check(pool, ctx) {
    for (const report of misspeltFields(pool, "pool")) ctx.report(report);
  },
});
