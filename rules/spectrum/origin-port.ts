import { fittingPorts, parseOriginPort, parseProtocol, portCount, rangeLengthDiffers } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/origin-port",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11002",
  description: "origin_port must be a port 1-65535 or a range start-end as long as the protocol's edge range",
  check(app, ctx) {
    const port = app.origin_port;
    if (typeof port !== "number" && typeof port !== "string") return;
    const parsed = parseOriginPort(port);
    if (!parsed.ok) {
      ctx.report({
        at: "/origin_port",
        message: `origin_port ${JSON.stringify(port)}: ${parsed.problem.message}; use a port 1-65535 or a range "start-end"`,
      });
      return;
    }
    // With origin_direct the ports are inside each URI and the API ignores origin_port.
    if (app.origin_direct !== undefined || typeof app.protocol !== "string") return;
    const protocol = parseProtocol(app.protocol);
    if (!protocol.ok || !rangeLengthDiffers(protocol.value.ports, parsed.value)) return;
    // Keeping the first origin port, the range that fits the edge's (the message's advice).
    const count = portCount(protocol.value.ports);
    const end = parsed.value.start + count - 1;
    const fitting = count === 1 ? parsed.value.start : `${parsed.value.start}-${end}`;
    ctx.report({
      at: "/origin_port",
      message:
        `origin_port "${port}" has ${portCount(parsed.value)} ports but protocol "${app.protocol}" has ` +
        `${portCount(protocol.value.ports)}; ${fittingPorts(protocol.value.ports, parsed.value.start)}`,
      suggestions: end <= 65535 ? [{ desc: `use origin_port ${JSON.stringify(fitting)}`, fix: { op: "replace", at: "/origin_port", value: fitting } }] : [],
    });
  },
});
