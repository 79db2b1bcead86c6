import rule from "../../../rules/monitor/https-without-host.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "Host header set", code: { type: "https", header: { Host: ["api.example.com"] } } },
    { name: "header names are case-insensitive", code: { type: "https", header: { host: ["api.example.com"] } } },
    { name: "http monitors send no SNI at all", code: { type: "http", follow_redirects: true } },
    { name: "type absent is http", code: { path: "/health" } },
  ],
  invalid: [
    {
      name: "no header at all: pointed at the type",
      code: '{\n  "type": "https",\n  "path": "/"\n}',
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 18,
          pointer: "/type",
          message:
            "HTTPS monitor has no Host header, so no SNI name is sent and an origin that needs one refuses the " +
            'handshake. Set "header": {"Host": ["<hostname>"]}',
        },
      ],
    },
    {
      name: "headers without Host: pointed at the header object",
      code: '{"type": "https", "header": {"X-App": ["shop"]}}',
      errors: [{ line: 1, column: 29, pointer: "/header" }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "https", header: { "User-Agent": ["x"] } }] },
      errors: [{ pointer: "/monitors/0/header" }],
    },
  ],
});
