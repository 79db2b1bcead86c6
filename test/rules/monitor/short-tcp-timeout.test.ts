import rule from "../../../rules/monitor/short-tcp-timeout.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the default", code: { type: "tcp", port: 22 } },
    { name: "3 seconds", code: { type: "tcp", port: 22, timeout: 3 } },
    { name: "an http monitor is another rule", code: { type: "http", timeout: 1 } },
  ],
  invalid: [
    {
      name: "1 second",
      code: '{\n  "type": "tcp",\n  "port": 22,\n  "timeout": 1\n}',
      errors: [
        {
          line: 4,
          column: 14,
          pointer: "/timeout",
          message: 'a 1-second timeout leaves no room for a retransmitted packet, even to a healthy origin. Raise "timeout" (the default is 5)',
        },
      ],
    },
    {
      name: "in an envelope",
      code: { success: true, result: { type: "tcp", port: 3306, timeout: 2 } },
      errors: [{ pointer: "/result/timeout" }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "tcp", port: 22, timeout: 2 }] },
      errors: [{ pointer: "/monitors/0/timeout" }],
    },
  ],
});
