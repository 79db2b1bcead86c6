import rule from "../../../rules/pool/host-header-count.js";
import { testRule } from "../../rule-tester.js";

const pool = (host: string[]) => ({ name: "web", origins: [{ name: "o1", address: "192.0.2.10", header: { Host: host } }] });

testRule(rule, {
  valid: [
    { name: "one Host value", code: pool(["app.example.com"]) },
    { name: "no header", code: { name: "web", origins: [{ name: "o1", address: "192.0.2.10" }] } },
    { name: "empty list", code: pool([]) },
  ],
  invalid: [
    {
      name: "two values, pointed at the second",
      code: '{"name": "web", "origins": [{"address": "192.0.2.10", "header": {"Host": ["a.example.com", "b.example.com"]}}]}',
      errors: [
        {
          line: 1,
          column: 92,
          endColumn: 107,
          pointer: "/origins/0/header/Host/1",
          message:
            'origin Host header has 2 values ("a.example.com", "b.example.com"); the API supports one Host override ' +
            "per origin. Keep one, and put another host in an origin of its own",
        },
      ],
    },
    {
      name: "in a bundle",
      code: { pools: [pool(["a.example.com", "b.example.com", "c.example.com"])] },
      errors: [{ pointer: "/pools/0/origins/0/header/Host/1", message: /has 3 values/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, errors: [], result: pool(["a.example.com", "a.example.com"]) },
      errors: [{ pointer: "/result/origins/0/header/Host/1" }],
    },
  ],
});
