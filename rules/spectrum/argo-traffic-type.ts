import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/argo-traffic-type",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "400",
  description: 'argo_smart_routing is available only with traffic_type "direct"',
  check(app, ctx) {
    // traffic_type defaults to direct.
    if (app.argo_smart_routing !== true || typeof app.traffic_type !== "string" || app.traffic_type === "direct") return;
    ctx.report({
      at: "/argo_smart_routing",
      message: `Argo Smart Routing is available only with traffic_type "direct", not "${app.traffic_type}": set argo_smart_routing to false, or traffic_type to "direct"`,
      suggestions: [
        { desc: "set argo_smart_routing to false", fix: { op: "replace", at: "/argo_smart_routing", value: false } },
        { desc: 'set traffic_type to "direct"', fix: { op: "replace", at: "/traffic_type", value: "direct" } },
      ],
    });
  },
});
