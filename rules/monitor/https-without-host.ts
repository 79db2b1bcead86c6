import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "monitor/https-without-host",
  kinds: ["monitor"],
  // Only the origin decides: many accept a handshake without SNI and serve a default certificate.
  severity: "warning",
  predicts: "TLS unrecognized name",
  description: "An HTTPS monitor should set a Host header; without one no SNI is sent in the TLS handshake",
  check(monitor, ctx) {
    if (monitor.type !== "https") return;
    const header = monitor.header ?? {};
    // Header names are case-insensitive in HTTP.
    if (Object.keys(header).some((name) => name.toLowerCase() === "host")) return;
    ctx.report({
      at: monitor.header === undefined ? "/type" : "/header",
      message:
        'HTTPS monitor has no Host header, so no SNI name is sent and an origin that needs one refuses the ' +
        'handshake. Set "header": {"Host": ["<hostname>"]}',
    });
  },
});
