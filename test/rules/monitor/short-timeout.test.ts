import rule from "../../../rules/monitor/short-timeout.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the default", code: { type: "http", follow_redirects: true } },
    { name: "3 seconds", code: { type: "https", timeout: 3, header: { Host: ["a.example.com"] } } },
    { name: "a tcp monitor is another rule", code: { type: "tcp", port: 22, timeout: 1 } },
  ],
  invalid: [
    {
      name: "2 seconds",
      code: '{\n  "type": "https",\n  "timeout": 2\n}',
      errors: [
        {
          line: 3,
          column: 14,
          pointer: "/timeout",
          message: 'a 2-second timeout fails any answer that takes longer, even from a healthy origin. Raise "timeout" (the default is 5)',
        },
      ],
    },
    {
      name: "1 second, type absent, in an envelope",
      code: { success: true, result: { timeout: 1 } },
      errors: [{ pointer: "/result/timeout", message: /^a 1-second timeout/ }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "http", timeout: 5 }, { type: "http", timeout: 2 }] },
      errors: [{ pointer: "/monitors/1/timeout" }],
    },
  ],
});
