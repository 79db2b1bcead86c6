import rule from "../../../rules/monitor/https-on-plain-port.js";
import { testRule } from "../../rule-tester.js";

const host = { Host: ["shop.example.com"] };

testRule(rule, {
  valid: [
    { name: "https on the default port", code: { type: "https", header: host } },
    { name: "https on 8443", code: { type: "https", port: 8443, header: host } },
    { name: "http on 80", code: { type: "http", port: 80 } },
    { name: "tcp on 80", code: { type: "tcp", port: 80 } },
  ],
  invalid: [
    {
      name: "https on 80",
      code: '{\n  "type": "https",\n  "port": 80,\n  "header": {"Host": ["shop.example.com"]}\n}',
      errors: [
        {
          line: 3,
          column: 11,
          endColumn: 13,
          pointer: "/port",
          message: 'TLS handshake sent to port 80, which serves plain HTTP. Remove "port" (https probes 443 by default)',
        },
      ],
    },
    {
      name: "in an envelope",
      code: { success: true, errors: [], result: { type: "https", port: 80, header: host } },
      errors: [{ pointer: "/result/port" }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "http", port: 80 }, { type: "https", port: 80 }] },
      errors: [{ pointer: "/monitors/1/port" }],
    },
  ],
});
