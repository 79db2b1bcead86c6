import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/virtual-network-single-origin",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11042",
  description: "An application with virtual_network_id must have exactly one origin_direct entry",
  check(app, ctx) {
    if (typeof app.virtual_network_id !== "string" || app.virtual_network_id === "") return;
    if (!Array.isArray(app.origin_direct) || app.origin_direct.length <= 1) return;
    ctx.report({
      at: "/origin_direct",
      message: `origin_direct lists ${app.origin_direct.length} origins, but a virtual network origin is a single private IP and port: keep one entry`,
      // Which origin to keep is the user's call; the first is offered.
      suggestions: [{ desc: `keep only ${String(app.origin_direct[0])}`, fix: { op: "replace", at: "/origin_direct", value: [app.origin_direct[0]] } }],
    });
  },
});
