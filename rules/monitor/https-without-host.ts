import { hostKind } from "../../src/address/index.js";
import { defineProjectRule, type Edit } from "../../src/engine/rule.js";
import { describeTargets, httpsProbes, isIpLiteral, sendsNoName } from "../../src/http/probe-targets.js";

export default defineProjectRule({
  id: "monitor/https-without-host",
  kinds: ["monitor"],
  // Only the origin decides: many accept a handshake without SNI and serve a default certificate.
  severity: "warning",
  predicts: "TLS unrecognized name",
  description: "An HTTPS monitor should send a Host header; without one no SNI is sent in the TLS handshake",
  checkProject(project, ctx) {
    for (const { monitor, monitorHost, targets, restsOn } of httpsProbes(project)) {
      const value = monitor.value;
      // Without its pools, the monitor's own Host is what every probe sends.
      const blind = targets?.filter((t) => sendsNoName(t.host));
      if (blind ? blind.length === 0 : !sendsNoName(monitorHost)) continue;
      // A nameless IP origin is an error, and monitor/https-ip-origin-without-host's finding.
      if (value.allow_insecure !== true && blind?.some((t) => isIpLiteral(t.address))) continue;

      const host = blind ? blind[0]!.host : monitorHost;
      // An IP is no name to send: the fix then asks for the name on the certificate.
      const named = blind?.find((t) => t.address !== undefined && hostKind(t.address) === "hostname");
      const subject = host
        ? "the Host header is empty"
        : blind
          ? `HTTPS monitor sends no Host header to ${describeTargets(blind)}`
          : "HTTPS monitor has no Host header";
      // The origin's own name is the likely Host, but only the certificate can confirm it: a suggestion.
      const name = named?.address;
      const sendName: Edit | undefined =
        name === undefined
          ? undefined
          : host
            ? { op: "replace", at: host.at, value: name }
            : value.header === undefined
              ? { op: "add", at: "/header", value: { Host: [name] } }
              : { op: "add", at: "/header/Host", value: [name] };
      ctx.report({
        resource: host?.resource ?? monitor,
        restsOn,
        at: host?.at ?? (value.header === undefined ? "/type" : "/header"),
        message:
          `${subject}, so no SNI name is sent and an origin that needs one refuses the handshake. ` +
          `Set "header": {"Host": ["${named?.address ?? "<hostname>"}"]}`,
        suggestions: sendName ? [{ desc: `send Host "${name}"`, fix: sendName }] : [],
      });
    }
  },
});
