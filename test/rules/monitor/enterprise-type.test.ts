import rule from "../../../rules/monitor/enterprise-type.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "Enterprise may use smtp", code: { type: "smtp", port: 25 }, account: { plan: "enterprise" } },
    { name: "tcp on Pro", code: { type: "tcp", port: 22 }, account: { plan: "pro" } },
    { name: "without a plan the rule stays silent", code: { type: "udp_icmp", port: 53 } },
  ],
  invalid: [
    {
      name: "udp_icmp on Business",
      code: '{\n  "type": "udp_icmp",\n  "port": 53\n}',
      account: { plan: "business" },
      errors: [
        {
          line: 2,
          column: 11,
          endColumn: 21,
          pointer: "/type",
          message: '"udp_icmp" monitors need an Enterprise plan, and the account is on business. Use "http", "https" or "tcp"',
        },
      ],
    },
    {
      name: "icmp_ping on Pro, in an envelope",
      code: { success: true, result: { type: "icmp_ping" } },
      account: { plan: "pro" },
      errors: [{ pointer: "/result/type", message: /^"icmp_ping" monitors need an Enterprise plan/ }],
    },
    {
      name: "smtp on Free, in a bundle",
      code: { monitors: [{ type: "tcp", port: 25 }, { type: "smtp", port: 25 }] },
      account: { plan: "free" },
      errors: [{ pointer: "/monitors/1/type" }],
    },
  ],
});
