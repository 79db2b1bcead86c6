import { defineRule } from "../../src/engine/rule.js";
import { misspeltFields } from "../../src/schema/fields.js";

export default defineRule({
  id: "monitor/misspelt-field",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "ignored",
  description: "A monitor's key one slip from a field (consecutive_dwon) is no field, and the API ignores it",
  check(monitor, ctx) {
    for (const report of misspeltFields(monitor, "monitor")) ctx.report(report);
  },
});
