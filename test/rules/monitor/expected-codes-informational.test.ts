import rule from "../../../rules/monitor/expected-codes-informational.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "1xx beside a final class", code: { type: "http", expected_codes: "1xx,2xx" } },
    { name: "2xx", code: { type: "http", expected_codes: "2xx" } },
    { name: "the request asks for an upgrade", code: { type: "http", expected_codes: "101", header: { Upgrade: ["websocket"] } } },
    { name: "malformed: another rule", code: { type: "http", expected_codes: "1x" } },
  ],
  invalid: [
    {
      name: "only the 1xx class",
      code: '{\n  "type": "https",\n  "expected_codes": "1xx"\n}',
      errors: [
        {
          line: 3,
          column: 21,
          pointer: "/expected_codes",
          message: 'expected_codes "1xx" accepts only 1xx statuses, which are never the final answer to a health check. Use "2xx"',
        },
      ],
    },
    {
      name: "single 1xx codes, in an envelope",
      code: { success: true, result: { expected_codes: "100,101" } },
      errors: [{ pointer: "/result/expected_codes" }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "http", expected_codes: "2xx" }, { type: "http", expected_codes: "1XX" }] },
      errors: [{ pointer: "/monitors/1/expected_codes" }],
    },
  ],
});
