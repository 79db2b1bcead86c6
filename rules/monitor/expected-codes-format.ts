import { defineRule } from "../../src/engine/rule.js";
import { parseExpectedCodes } from "../../src/http/expected-codes.js";
import { isHttpMonitor } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/expected-codes-format",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1002",
  description: "expected_codes must be status codes (200) or classes (2xx) from 1xx to 5xx, comma-separated",
  check(monitor, ctx) {
    const expected = monitor.expected_codes;
    // The empty string is how API responses and Terraform write "not set".
    if (!isHttpMonitor(monitor) || typeof expected !== "string" || expected === "") return;
    const codes = parseExpectedCodes(expected);
    if (codes.ok) return;
    ctx.report({
      at: "/expected_codes",
      message: `expected_codes ${codes.message}. Write codes such as "200" or classes such as "2xx", comma-separated`,
    });
  },
});
