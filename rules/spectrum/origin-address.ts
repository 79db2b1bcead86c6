import { fittingPorts, formatPorts, parseOriginUri, parseProtocol, portCount, rangeLengthDiffers } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/origin-address",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11002",
  description:
    "Each origin_direct entry must be scheme://ip:port with IPv6 in brackets, the protocol's transport, and a port range as long as the edge's",
  check(app, ctx) {
    if (!Array.isArray(app.origin_direct)) return;
    const protocol = typeof app.protocol === "string" ? parseProtocol(app.protocol) : undefined;
    const edge = protocol?.ok ? protocol.value : undefined;
    app.origin_direct.forEach((entry: unknown, i: number) => {
      if (typeof entry !== "string") return;
      const at = `/origin_direct/${i}`;
      const parsed = parseOriginUri(entry);
      if (!parsed.ok) return ctx.report({ at, message: `${entry}: ${parsed.problem.message}` });
      if (!edge) return;
      const origin = parsed.value;
      if (origin.scheme !== edge.transport) {
        const fixed = edge.transport + entry.slice(origin.scheme.length);
        ctx.report({
          at,
          message: `${entry}: the scheme is ${origin.scheme}:// but protocol "${app.protocol}" is ${edge.transport.toUpperCase()}: use ${fixed}`,
        });
      } else if (rangeLengthDiffers(edge.ports, origin.ports)) {
        ctx.report({
          at,
          message:
            `${entry}: the origin range ${formatPorts(origin.ports)} has ${portCount(origin.ports)} ports but protocol ` +
            `"${app.protocol}" has ${portCount(edge.ports)}; ${fittingPorts(edge.ports, origin.ports.start)}`,
        });
      }
    });
  },
});
