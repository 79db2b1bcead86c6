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
    // The type is the deliberate choice (a TLS check); port 80 is the slip, and https without a port probes 443.
    const toDefault = { op: "remove", at: "/port" } as const;
    ctx.report({
      at: "/port",
      message: 'TLS handshake sent to port 80, which serves plain HTTP. Remove "port" (https probes 443 by default)',
      fix: toDefault,
      suggestions: [
        { desc: 'remove "port": probe 443, the https default', fix: toDefault },
        { desc: 'make it an http monitor on port 80', fix: { op: "replace", at: "/type", value: "http" } },
      ],
    });
  },
});
