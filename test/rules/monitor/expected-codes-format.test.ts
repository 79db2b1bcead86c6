import rule from "../../../rules/monitor/expected-codes-format.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a code", code: { type: "http", expected_codes: "200" } },
    { name: "a list of codes and classes", code: { type: "https", expected_codes: "2xx,301, 302" } },
    { name: "empty means unset", code: { type: "http", expected_codes: "" } },
    { name: "a tcp monitor ignores it: another rule", code: { type: "tcp", port: 22, expected_codes: "any" } },
  ],
  invalid: [
    {
      name: "a class outside 1xx-5xx",
      code: '{\n  "type": "http",\n  "expected_codes": "6xx"\n}',
      errors: [
        {
          line: 3,
          column: 21,
          endColumn: 26,
          pointer: "/expected_codes",
          message:
            'expected_codes "6xx" is not a status code (100-599) or a class (1xx-5xx). Write codes such as "200" or classes such as "2xx", comma-separated',
        },
      ],
    },
    {
      name: "a trailing comma, in an envelope",
      code: { success: true, result: { expected_codes: "200," } },
      errors: [{ pointer: "/result/expected_codes", message: /^expected_codes "200," has an empty entry/ }],
    },
    {
      name: "a range written with a dash, in a bundle",
      code: { monitors: [{ type: "https", expected_codes: "200-299" }] },
      errors: [{ pointer: "/monitors/0/expected_codes", message: /"200-299" is not a status code/ }],
    },
  ],
});
