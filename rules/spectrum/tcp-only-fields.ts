import { parseProtocol } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/tcp-only-fields",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "400",
  description: "ip_firewall and edge TLS termination (tls other than off) apply only to TCP applications",
  check(app, ctx) {
    if (typeof app.protocol !== "string") return;
    const protocol = parseProtocol(app.protocol);
    if (!protocol.ok || protocol.value.transport !== "udp") return;
    const udp = `protocol "${app.protocol}" is UDP`;
    if (app.ip_firewall === true)
      ctx.report({
        at: "/ip_firewall",
        message: `ip_firewall applies only to TCP applications and ${udp}: remove it or set it to false`,
        suggestions: [{ desc: "set ip_firewall to false", fix: { op: "replace", at: "/ip_firewall", value: false } }],
      });
    if (typeof app.tls === "string" && app.tls !== "off")
      ctx.report({
        at: "/tls",
        message: `edge TLS termination applies only to TCP applications and ${udp}: set tls to "off"`,
        suggestions: [{ desc: 'set tls to "off"', fix: { op: "replace", at: "/tls", value: "off" } }],
      });
  },
});
