import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/virtual-network-origin-dns",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11041",
  description: "An application with virtual_network_id must use origin_direct, not origin_dns",
  check(app, ctx) {
    // An empty id is how clients send "no virtual network".
    if (typeof app.virtual_network_id !== "string" || app.virtual_network_id === "" || app.origin_dns === undefined) return;
    ctx.report({
      at: "/origin_dns",
      target: "key",
      message:
        'origin_dns cannot be used with virtual_network_id: a virtual network origin is one private IP; replace origin_dns with "origin_direct": ["tcp://<private IP>:<port>"]',
    });
  },
});
