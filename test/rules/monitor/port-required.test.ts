import rule from "../../../rules/monitor/port-required.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "tcp with a port", code: { type: "tcp", port: 22 } },
    { name: "smtp with a port", code: { type: "smtp", port: 25 } },
    { name: "icmp_ping needs none", code: { type: "icmp_ping" } },
    { name: "http has a default port", code: { type: "http", port: 0 } },
  ],
  invalid: [
    {
      name: "tcp without a port, pointed at the type",
      code: '{\n  "type": "tcp",\n  "method": "connection_established"\n}',
      errors: [
        {
          line: 2,
          column: 11,
          endColumn: 16,
          pointer: "/type",
          message: 'a tcp monitor has no port, and tcp has no default. Set "port" to the port the origin serves',
        },
      ],
    },
    {
      name: "port 0 on udp_icmp, in an envelope",
      code: { success: true, result: { type: "udp_icmp", port: 0 } },
      errors: [{ pointer: "/result/port", message: 'a udp_icmp monitor has port 0, which means none, and udp_icmp has no default. Set "port" to the port the origin serves' }],
    },
    {
      name: "port null on smtp, in a bundle",
      code: { monitors: [{ type: "smtp", port: null }] },
      errors: [{ pointer: "/monitors/0/port", message: /^an smtp monitor has port null/ }],
    },
  ],
});
