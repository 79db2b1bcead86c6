import { defineProjectRule } from "../../src/engine/rule.js";
import { describeTargets, httpsProbes, isIpLiteral, sendsNoName } from "../../src/http/probe-targets.js";

export default defineProjectRule({
  id: "monitor/https-ip-origin-without-host",
  kinds: ["monitor"],
  severity: "error",
  predicts: "TLS unrecognized name",
  description: "An HTTPS monitor must send a Host header to an origin addressed by IP; there is no other name for the handshake",
  checkProject(project, ctx) {
    for (const { monitor, targets, restsOn } of httpsProbes(project)) {
      const value = monitor.value;
      // allow_insecure skips the certificate check, so only an origin that insists on SNI fails.
      if (value.allow_insecure === true || !targets) continue;
      const blind = targets.filter((t) => sendsNoName(t.host) && isIpLiteral(t.address));
      if (blind.length === 0) continue;
      ctx.report({
        resource: monitor,
        restsOn,
        at: value.header === undefined ? "/type" : "/header",
        message:
          `HTTPS monitor sends no Host header to ${describeTargets(blind)}, so the handshake carries no server name ` +
          'and no certificate name can match an IP. Set "header": {"Host": ["<hostname on the certificate>"]} on the monitor or on the origin',
      });
    }
  },
});
