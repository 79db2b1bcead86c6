import { defineRule } from "../../src/engine/rule.js";
import { parseExpectedCodes } from "../../src/http/expected-codes.js";
import { headerValues, isHttpMonitor } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/expected-codes-informational",
  kinds: ["monitor"],
  severity: "error",
  predicts: "Response code mismatch",
  description: "expected_codes must accept a final status; a health check never gets 1xx as its answer",
  check(monitor, ctx) {
    const expected = monitor.expected_codes;
    if (!isHttpMonitor(monitor) || typeof expected !== "string") return;
    const codes = parseExpectedCodes(expected);
    if (!codes.ok || !codes.value.items.every((i) => (i.kind === "class" ? i.digit : Math.floor(i.code / 100)) === 1)) return;
    // Only a request that asks for one (Expect: 100-continue, Upgrade) gets a 1xx status back.
    if (headerValues(monitor.header, "Expect").length > 0 || headerValues(monitor.header, "Upgrade").length > 0) return;
    ctx.report({
      at: "/expected_codes",
      message: `expected_codes "${expected}" accepts only 1xx statuses, which are never the final answer to a health check. Use "2xx"`,
      suggestions: [{ desc: 'accept "2xx"', fix: { op: "replace", at: "/expected_codes", value: "2xx" } }],
    });
  },
});
