import ipaddr from "ipaddr.js";
import { formatPorts, hostKind, isHostname, normalizeName, parseProtocol, zoneOf, type Protocol } from "../../src/address/index.js";
import { registrableDomain } from "../../src/address/public-suffix.js";
import { defineProjectRule, placeOf, type AccountView, type Located } from "../../src/engine/rule.js";

interface Claim {
  app: Located<"spectrum_app">;
  /** The application's dns.name. */
  name: string;
  protocol: Protocol;
}

const overlaps = (a: Protocol, b: Protocol) =>
  a.transport === b.transport && a.ports.start <= b.ports.end && b.ports.start <= a.ports.end;

/**
 * Whether two application names are known to lie in different zones: names under different
 * registered domains always do; under one registered domain only account.zones can tell
 * (a subdomain may be a zone of its own).
 */
function inDifferentZones(a: string, b: string, account: AccountView): boolean {
  const domainA = registrableDomain(a);
  const domainB = registrableDomain(b);
  if (domainA === undefined || domainB === undefined) return false;
  if (domainA !== domainB) return true;
  if (normalizeName(a) === normalizeName(b)) return false;
  const zones = account.need("zones");
  if (!zones) return false;
  const zoneA = zoneOf(a, zones);
  const zoneB = zoneOf(b, zones);
  return zoneA !== undefined && zoneB !== undefined && zoneA !== zoneB;
}

export default defineProjectRule({
  id: "spectrum/edge-ip-in-use",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11033",
  description: "An application must not claim a static edge IP that an application on another zone holds on the same port",
  checkProject(project, ctx) {
    const claims = new Map<string, Claim[]>();
    for (const app of project.of("spectrum_app")) {
      const { edge_ips: edge, protocol, dns } = app.value;
      const name = dns?.name;
      if (edge?.type !== "static" || !Array.isArray(edge.ips) || typeof protocol !== "string") continue;
      if (typeof name !== "string" || !isHostname(name)) continue;
      const parsed = parseProtocol(protocol);
      if (!parsed.ok) continue;
      edge.ips.forEach((ip: unknown, i: number) => {
        if (typeof ip !== "string" || (hostKind(ip) !== "ipv4" && hostKind(ip) !== "ipv6")) return;
        const address = ipaddr.parse(ip).toNormalizedString();
        const held = claims.get(address) ?? [];
        // 11033 is an IP held by another zone; within one zone the documents give no code.
        // The same application twice (a stored copy beside the request body) is no conflict.
        const other = held.find(
          (c) =>
            overlaps(c.protocol, parsed.value) &&
            !(app.value.id !== undefined && c.app.value.id === app.value.id) &&
            inDifferentZones(c.name, name, ctx.account),
        );
        if (other) {
          ctx.report({
            resource: app,
            at: `/edge_ips/ips/${i}`,
            message: `${ip} ${parsed.value.transport}/${formatPorts(parsed.value.ports)} is already claimed on another zone, by ${other.name} (the application at ${placeOf(other.app)}, protocol "${other.app.value.protocol}"): use another edge IP`,
          });
        }
        held.push({ app, name, protocol: parsed.value });
        claims.set(address, held);
      });
    }
  },
});
