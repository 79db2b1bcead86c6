import { defineRule } from "../../src/engine/rule.js";
import { parseExpectedCodes } from "../../src/http/expected-codes.js";
import { expectedCodesOf, explicitPort, monitorType } from "../../src/http/monitor.js";

/** What an origin answers when it sends plain HTTP on to HTTPS. */
const REDIRECTS = [301, 302, 303];

export default defineRule({
  id: "monitor/http-redirect",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "Response code mismatch",
  description:
    "An HTTP monitor must follow redirects or accept 3xx; otherwise an origin that redirects to HTTPS fails every check",
  check(monitor, ctx) {
    if (monitorType(monitor) !== "http" || monitor.follow_redirects === true) return;
    // Port 443 answers plain HTTP with 400, not a redirect: monitor/http-on-tls-port says so.
    if (explicitPort(monitor) === 443) return;
    const expected = expectedCodesOf(monitor);
    const codes = parseExpectedCodes(expected);
    // Malformed codes are another rule's finding; a monitor that accepts any redirect is deliberate.
    if (!codes.ok || REDIRECTS.some((status) => codes.value.accepts(status))) return;

    // A misspelt "follow_redirect" is monitor/follow-redirect-spelling's finding; this one says what it costs.
    const outcome = `an origin that redirects to HTTPS (301/302/303) fails expected_codes "${expected}"`;
    // Following the redirect or probing HTTPS directly: either works, so both are suggestions.
    const https = {
      desc: 'make it an https monitor',
      fix: { op: monitor.type === undefined ? "add" : "replace", at: "/type", value: "https" },
    } as const;
    const alternatives = explicitPort(monitor) === undefined ? [https] : [];
    if (monitor.follow_redirects === false) {
      ctx.report({
        at: "/follow_redirects",
        message: `redirects are not followed: ${outcome}. Set "follow_redirects": true, or use an https monitor`,
        suggestions: [{ desc: 'set "follow_redirects" to true', fix: { op: "replace", at: "/follow_redirects", value: true } }, ...alternatives],
      });
    } else {
      ctx.report({
        at: monitor.type === undefined ? "" : "/type",
        message: `HTTP monitor does not follow redirects: ${outcome}. Add "follow_redirects": true, or use an https monitor`,
        suggestions: [{ desc: 'add "follow_redirects": true', fix: { op: "add", at: "/follow_redirects", value: true } }, ...alternatives],
      });
    }
  },
});
