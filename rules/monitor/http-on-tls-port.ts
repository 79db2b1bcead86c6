import { defineRule } from "../../src/engine/rule.js";
import { parseExpectedCodes } from "../../src/http/expected-codes.js";
import { expectedCodesOf, explicitPort, monitorType } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/http-on-tls-port",
  kinds: ["monitor"],
  severity: "error",
  predicts: "Response code mismatch",
  description: "An http monitor must not probe port 443; the origin answers plain HTTP there with 400",
  check(monitor, ctx) {
    if (monitorType(monitor) !== "http" || explicitPort(monitor) !== 443) return;
    const expected = expectedCodesOf(monitor);
    const codes = parseExpectedCodes(expected);
    // Someone who accepts 400 has seen the answer and chosen it.
    if (!codes.ok || codes.value.accepts(400)) return;
    ctx.report({
      at: "/port",
      message:
        `plain HTTP sent to port 443, which speaks TLS: the origin answers 400, which fails expected_codes "${expected}". ` +
        'Use "type": "https"',
      suggestions: [
        { desc: 'make it an https monitor on port 443', fix: { op: "replace", at: "/type", value: "https" } },
        { desc: 'remove "port": probe 80, the http default', fix: { op: "remove", at: "/port" } },
      ],
    });
  },
});
