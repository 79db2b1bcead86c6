import { defineRule } from "../../src/engine/rule.js";
import { misspeltFields } from "../../src/schema/fields.js";

export default defineRule({
  id: "spectrum/misspelt-field",
  kinds: ["spectrum_app"],
  severity: "warning",
  predicts: "ignored",
  description: "A Spectrum application's key one slip from a field (ip_firewal), or the provider v4's name of one, is no field, and Enterprise Spectrum ignores it",
  check(app, ctx) {
    for (const report of misspeltFields(app, "spectrum_app")) ctx.report(report);
  },
});
