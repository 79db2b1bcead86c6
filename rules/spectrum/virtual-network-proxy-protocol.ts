import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/virtual-network-proxy-protocol",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "400",
  description: 'proxy_protocol must be "off" on an application with virtual_network_id',
  check(app, ctx) {
    if (typeof app.virtual_network_id !== "string" || app.virtual_network_id === "") return;
    if (typeof app.proxy_protocol !== "string" || app.proxy_protocol === "off") return;
    ctx.report({
      at: "/proxy_protocol",
      message: `proxy_protocol "${app.proxy_protocol}" is not supported with a virtual network origin: set it to "off"`,
      suggestions: [{ desc: 'set proxy_protocol to "off"', fix: { op: "replace", at: "/proxy_protocol", value: "off" } }],
    });
  },
});
