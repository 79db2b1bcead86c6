import { defineRule } from "../../src/engine/rule.js";
import { misspeltFields } from "../../src/schema/fields.js";

export default defineRule({
  id: "load-balancer/misspelt-field",
  kinds: ["load_balancer"],
  severity: "warning",
  predicts: "ignored",
  description: "A load balancer's key one slip from a field (sesion_affinity), or the provider v4's name of one, is no field, and the API ignores it",
  check(loadBalancer, ctx) {
    for (const report of misspeltFields(loadBalancer, "load_balancer")) ctx.report(report);
  },
});
