import rule from "../../../rules/monitor/https-on-plain-port.js";
import { testRule, toText } from "../../rule-tester.js";

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
          suggestions: [
            { desc: 'remove "port": probe 443, the https default', output: '{\n  "type": "https",\n  "header": {"Host": ["shop.example.com"]}\n}' },
            { desc: "make it an http monitor on port 80", output: '{\n  "type": "http",\n  "port": 80,\n  "header": {"Host": ["shop.example.com"]}\n}' },
          ],
        },
      ],
      output: '{\n  "type": "https",\n  "header": {"Host": ["shop.example.com"]}\n}',
    },
    {
      name: "in an envelope",
      code: { success: true, errors: [], result: { type: "https", port: 80, header: host } },
      errors: [{ pointer: "/result/port" }],
      output: toText({ success: true, errors: [], result: { type: "https", header: host } }),
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "http", port: 80 }, { type: "https", port: 80 }] },
      errors: [{ pointer: "/monitors/1/port" }],
      output: toText({ monitors: [{ type: "http", port: 80 }, { type: "https" }] }),
    },
    {
      name: "port last, on one line with the rest",
      code: '{"type": "https", "header": {"Host": ["shop.example.com"]}, "port": 80}',
      errors: [{ pointer: "/port", column: 69 }],
      output: '{"type": "https", "header": {"Host": ["shop.example.com"]}}',
    },
  ],
});
