import { fittingPorts, formatPorts, parseOriginUri, parseProtocol, portCount, rangeLengthDiffers } from "../../src/address/index.js";
import { defineRule, type Edit } from "../../src/engine/rule.js";

const replace = (at: string, value: string): Edit => ({ op: "replace", at, value });

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
      if (!parsed.ok) {
        const repair = parsed.problem.suggestion;
        if (repair === undefined || entry.includes("://")) {
          // With a scheme, the only repair offered is the brackets an IPv6 address was missing.
          return ctx.report({ at, message: `${entry}: ${parsed.problem.message}`, ...(repair ? { fix: replace(at, repair) } : {}) });
        }
        // No scheme: the protocol's transport is the one to add; without it, tcp or udp is a choice.
        const schemes = edge ? [edge.transport] : (["tcp", "udp"] as const);
        const written = schemes.map((scheme) => `${scheme}://${entry}`).filter((uri) => parseOriginUri(uri).ok);
        return ctx.report({
          at,
          message: `${entry}: ${parsed.problem.message}`,
          ...(edge && written[0] ? { fix: replace(at, written[0]) } : {}),
          suggestions: edge ? [] : written.map((uri) => ({ desc: `write "${uri}"`, fix: replace(at, uri) })),
        });
      }
      if (!edge) return;
      const origin = parsed.value;
      if (origin.scheme !== edge.transport) {
        const fixed = edge.transport + entry.slice(origin.scheme.length);
        ctx.report({
          at,
          message: `${entry}: the scheme is ${origin.scheme}:// but protocol "${app.protocol}" is ${edge.transport.toUpperCase()}: use ${fixed}`,
          fix: replace(at, fixed),
        });
      } else if (rangeLengthDiffers(edge.ports, origin.ports)) {
        // Keeping the origin's first port, the range that fits the edge's (the message's advice).
        const end = origin.ports.start + portCount(edge.ports) - 1;
        const host = origin.hostKind === "ipv6" ? `[${origin.host}]` : origin.host;
        const ports = portCount(edge.ports) === 1 ? `${origin.ports.start}` : `${origin.ports.start}-${end}`;
        ctx.report({
          at,
          message:
            `${entry}: the origin range ${formatPorts(origin.ports)} has ${portCount(origin.ports)} ports but protocol ` +
            `"${app.protocol}" has ${portCount(edge.ports)}; ${fittingPorts(edge.ports, origin.ports.start)}`,
          suggestions: end <= 65535 ? [{ desc: `use ports ${ports}`, fix: replace(at, `${origin.scheme}://${host}:${ports}`) }] : [],
        });
      }
    });
  },
});
