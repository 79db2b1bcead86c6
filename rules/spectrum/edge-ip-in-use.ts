import ipaddr from "ipaddr.js";
import { formatPorts, hostKind, parseProtocol, type Protocol } from "../../src/address/index.js";
import { defineProjectRule, placeOf, type Located } from "../../src/engine/rule.js";

interface Claim {
  app: Located<"spectrum_app">;
  protocol: Protocol;
}

const overlaps = (a: Protocol, b: Protocol) =>
  a.transport === b.transport && a.ports.start <= b.ports.end && b.ports.start <= a.ports.end;

export default defineProjectRule({
  id: "spectrum/edge-ip-in-use",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11033",
  description: "Two applications must not claim the same static edge IP on the same port",
  checkProject(project, ctx) {
    const claims = new Map<string, Claim[]>();
    for (const app of project.of("spectrum_app")) {
      const { edge_ips: edge, protocol } = app.value;
      if (edge?.type !== "static" || !Array.isArray(edge.ips) || typeof protocol !== "string") continue;
      const parsed = parseProtocol(protocol);
      if (!parsed.ok) continue;
      edge.ips.forEach((ip: unknown, i: number) => {
        if (typeof ip !== "string" || (hostKind(ip) !== "ipv4" && hostKind(ip) !== "ipv6")) return;
        const address = ipaddr.parse(ip).toNormalizedString();
        const held = claims.get(address) ?? [];
        // The same application twice (a stored copy beside the request body) is no conflict.
        const other = held.find((c) => overlaps(c.protocol, parsed.value) && !(app.value.id !== undefined && c.app.value.id === app.value.id));
        if (other) {
          ctx.report({
            resource: app,
            at: `/edge_ips/ips/${i}`,
            message: `${ip} ${parsed.value.transport}/${formatPorts(parsed.value.ports)} is already claimed by the application at ${placeOf(other.app)} (protocol "${other.app.value.protocol}"): use another edge IP or port`,
          });
        }
        held.push({ app, protocol: parsed.value });
        claims.set(address, held);
      });
    }
  },
});
