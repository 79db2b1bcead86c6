import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/argo-entitlement",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11026",
  description: "argo_smart_routing needs Argo Smart Routing enabled for the account (account.entitlements.argo_smart_routing)",
  check(app, ctx) {
    if (app.argo_smart_routing !== true || ctx.account.need("entitlements.argo_smart_routing") !== false) return;
    ctx.report({
      at: "/argo_smart_routing",
      message:
        "Argo Smart Routing is not enabled for this account (account.entitlements.argo_smart_routing is false): set argo_smart_routing to false, or ask your account team to enable Argo",
      suggestions: [{ desc: "set argo_smart_routing to false", fix: { op: "replace", at: "/argo_smart_routing", value: false } }],
    });
  },
});
