import { isHostname } from "../../src/address/index.js";
import { hostFlaw } from "../../src/http/probe-targets.js";
import { defineRule } from "../../src/engine/rule.js";

/** The documented minimum of origin_dns.ttl, in seconds. */
const MIN_TTL = 600;

export default defineRule({
  id: "spectrum/origin-dns",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11001",
  description:
    "origin_dns must name a valid host, have a port (origin_port, or an SRV record) and a ttl of at least 600",
  check(app, ctx) {
    const dns = app.origin_dns;
    if (typeof dns !== "object" || dns === null) return;
    if (dns.name === undefined) {
      ctx.report({ at: "/origin_dns", target: "key", message: 'origin_dns has no name: add "name" with the host name of the origin record' });
    } else if (typeof dns.name === "string" && !isHostname(dns.name)) {
      // A URL ("https://origin.example.com/") names one host: reducing it to that name is the one repair.
      const flaw = hostFlaw(dns.name);
      const name = flaw?.kind === "not-a-name" ? flaw.suggestion : undefined;
      ctx.report({
        at: "/origin_dns/name",
        message: `"${dns.name}" is not a valid host name: use the DNS name of the origin record, e.g. origin.example.com`,
        ...(name ? { fix: { op: "replace", at: "/origin_dns/name", value: name } } : {}),
      });
    }
    // Only an SRV record carries a port; A and AAAA records ("" means both) need origin_port.
    // The API names a non-SRV type that was given; what it assumes without a type is undocumented.
    if (typeof dns.type === "string" && dns.type !== "SRV" && app.origin_port === undefined) {
      const record = dns.type === "" ? "an A/AAAA" : `an ${dns.type}`;
      ctx.report({
        at: "/origin_dns/type",
        message: `origin_dns resolves ${record} record, which has no port, and origin_port is not set: add "origin_port", or use an SRV record (origin_dns.type "SRV")`,
      });
    }
    if (typeof dns.ttl === "number" && dns.ttl < MIN_TTL) {
      ctx.report({
        at: "/origin_dns/ttl",
        message: `origin_dns.ttl ${dns.ttl} is below the minimum of ${MIN_TTL} seconds: use ${MIN_TTL} or more`,
        suggestions: [{ desc: `set the ttl to ${MIN_TTL}`, fix: { op: "replace", at: "/origin_dns/ttl", value: MIN_TTL } }],
      });
    }
  },
});
