import rule from "../../../rules/monitor/multiple-host-values.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "one Host", code: { type: "https", header: { Host: ["a.example.com"] } } },
    { name: "several values of another header", code: { type: "http", header: { Host: ["a.example.com"], Accept: ["a", "b"] } } },
    { name: "no header", code: { type: "http", expected_codes: "2xx" } },
  ],
  invalid: [
    {
      name: "two values, pointed at the second",
      code: '{\n  "type": "https",\n  "header": {"Host": ["a.example.com", "b.example.com"]}\n}',
      errors: [
        {
          line: 3,
          column: 40,
          endColumn: 55,
          pointer: "/header/Host/1",
          message: 'the Host header has 2 values ("a.example.com", "b.example.com"); a request carries one. Keep only "a.example.com"',
        },
      ],
    },
    {
      name: "the same header under two spellings",
      code: { success: true, result: { type: "http", header: { Host: ["a.example.com"], host: ["b.example.com"] } } },
      errors: [{ pointer: "/result/header/host/0" }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ header: { Host: ["a.example.com", "a.example.com"] } }] },
      errors: [{ pointer: "/monitors/0/header/Host/1" }],
    },
  ],
});
