import rule from "../../../rules/monitor/expected-body-unreadable.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a GET with the default 200", code: { type: "http", expected_body: "alive", follow_redirects: true } },
    { name: "a 204 among statuses with a body", code: { type: "http", expected_codes: "200,204", expected_body: "ok" } },
    { name: "HEAD without expected_body", code: { type: "https", method: "HEAD", header: { Host: ["a.example.com"] } } },
    { name: "an empty expected_body asks for nothing", code: { type: "http", method: "HEAD", expected_body: "" } },
    { name: "exactly 10 KB", code: { type: "http", expected_body: "x".repeat(10240) } },
    { name: "a tcp monitor ignores the field: another rule", code: { type: "tcp", port: 22, expected_body: "x" } },
  ],
  invalid: [
    {
      name: "HEAD has no body",
      code: '{\n  "type": "http",\n  "method": "HEAD",\n  "expected_body": "alive"\n}',
      errors: [
        {
          line: 4,
          column: 20,
          endColumn: 27,
          pointer: "/expected_body",
          message: 'expected_body can never be found: a HEAD response has no body. Use "method": "GET"',
        },
      ],
    },
    {
      name: "only bodiless statuses, in an envelope",
      code: { success: true, result: { type: "https", expected_codes: "204,304", expected_body: "ok" } },
      errors: [
        {
          pointer: "/result/expected_body",
          message: /expected_codes "204,304" accepts only statuses without a body/,
        },
      ],
    },
    {
      name: "longer than the 10 KB that is read, in a bundle",
      code: { monitors: [{ type: "http", expected_body: "é".repeat(5121) }] },
      errors: [{ pointer: "/monitors/0/expected_body", message: /it is 10242 bytes and only the first 10 KB/ }],
    },
  ],
});
