import rule from "../../../rules/monitor/method-mismatch.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "tcp with its method", code: { type: "tcp", port: 22, method: "connection_established" } },
    { name: "http with HEAD", code: { type: "http", method: "HEAD" } },
    { name: "tcp without a method uses the default", code: { type: "tcp", port: 22 } },
    { name: "https with GET", code: { type: "https", method: "GET", header: { Host: ["a.example.com"] } } },
  ],
  invalid: [
    {
      name: "an HTTP method on a tcp monitor",
      code: '{\n  "type": "tcp",\n  "port": 22,\n  "method": "GET"\n}',
      errors: [
        {
          line: 4,
          column: 13,
          endColumn: 18,
          pointer: "/method",
          message: 'a tcp monitor only opens a connection and cannot send "GET". Use "connection_established", or remove "method"',
        },
      ],
    },
    {
      name: "the tcp method on an https monitor, in an envelope",
      code: { success: true, result: { type: "https", method: "connection_established" } },
      errors: [
        {
          pointer: "/result/method",
          message: '"connection_established" is the tcp probe\'s method, but an https monitor sends an HTTP request. Use "GET" or "HEAD"',
        },
      ],
    },
    {
      name: "type absent is http, in a bundle",
      code: { monitors: [{ path: "/", method: "connection_established" }] },
      errors: [{ pointer: "/monitors/0/method", message: /an http monitor sends an HTTP request/ }],
    },
  ],
});
