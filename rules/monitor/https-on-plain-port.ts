import { defineRule } from "../../src/engine/rule.js";
import { explicitPort, monitorType } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/https-on-plain-port",
  kinds: ["monitor"],
  severity: "error",
  predicts: "TLS protocol error",
  description: "An https monitor must not probe port 80, which serves plain HTTP; the TLS handshake fails",
  check(monitor, ctx) {
    if (monitorType(monitor) !== "https" || explicitPort(monitor) !== 80) return;
    ctx.report({
      at: "/port",
      message: 'TLS handshake sent to port 80, which serves plain HTTP. Remove "port" (https probes 443 by default)',
    });
  },
});
