import { defineRule } from "../../src/engine/rule.js";
import { DEFAULT_EXPECTED_CODES, parseExpectedCodes } from "../../src/http/expected-codes.js";

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
    // `type` defaults to http in the API.
    if ((monitor.type ?? "http") !== "http" || monitor.follow_redirects === true) return;
    const expected = monitor.expected_codes ?? DEFAULT_EXPECTED_CODES;
    const codes = parseExpectedCodes(expected);
    // Malformed codes are another rule's finding; a monitor that accepts any redirect is deliberate.
    if (!codes.ok || REDIRECTS.some((status) => codes.value.accepts(status))) return;

    const outcome = `an origin that redirects to HTTPS (301/302/303) fails expected_codes "${expected}"`;
    if ("follow_redirect" in monitor) {
      ctx.report({
        at: "/follow_redirect",
        target: "key",
        message: `"follow_redirect" is the docs' spelling and the API ignores it, so redirects are not followed: ${outcome}. Rename it to "follow_redirects"`,
      });
    } else if (monitor.follow_redirects === false) {
      ctx.report({
        at: "/follow_redirects",
        message: `redirects are not followed: ${outcome}. Set "follow_redirects": true, or use an https monitor`,
      });
    } else {
      ctx.report({
        at: monitor.type === undefined ? "" : "/type",
        message: `HTTP monitor does not follow redirects: ${outcome}. Add "follow_redirects": true, or use an https monitor`,
      });
    }
  },
});
