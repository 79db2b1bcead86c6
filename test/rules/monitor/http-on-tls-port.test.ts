import rule from "../../../rules/monitor/http-on-tls-port.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "https on 443", code: { type: "https", port: 443, header: { Host: ["a.example.com"] } } },
    { name: "http on 80", code: { type: "http", port: 80 } },
    { name: "http on a custom port", code: { type: "http", port: 8443 } },
    { name: "0 means the default port 80", code: { type: "http", port: 0 } },
    { name: "the 400 is accepted deliberately", code: { type: "http", port: 443, expected_codes: "4xx" } },
  ],
  invalid: [
    {
      name: "http on 443, pointed at the port",
      code: '{\n  "type": "http",\n  "port": 443\n}',
      errors: [
        {
          line: 3,
          column: 11,
          endColumn: 14,
          pointer: "/port",
          message:
            'plain HTTP sent to port 443, which speaks TLS: the origin answers 400, which fails expected_codes "200". Use "type": "https"',
        },
      ],
    },
    {
      name: "type absent is http, in an envelope",
      code: { success: true, result: { port: 443, expected_codes: "2xx", follow_redirects: true } },
      errors: [{ pointer: "/result/port", message: /fails expected_codes "2xx"/ }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "https", header: { Host: ["a.example.com"] } }, { type: "http", port: 443 }] },
      errors: [{ pointer: "/monitors/1/port" }],
    },
  ],
});
