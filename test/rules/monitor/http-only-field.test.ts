import rule from "../../../rules/monitor/http-only-field.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "http fields on an http monitor", code: { type: "http", path: "/health", expected_codes: "2xx", follow_redirects: true } },
    { name: "type absent is http", code: { path: "/health", header: { Host: ["a.example.com"] } } },
    { name: "an unknown type is monitor/schema's finding alone", code: { type: "TCP", port: 22, path: "/health" } },
    {
      name: "a tcp monitor as the API returns it: the HTTP fields empty or default",
      code: {
        type: "tcp",
        port: 22,
        method: "connection_established",
        path: "",
        header: {},
        expected_codes: "",
        expected_body: "",
        follow_redirects: false,
        allow_insecure: false,
        probe_zone: "",
      },
    },
  ],
  invalid: [
    {
      name: "a path on a tcp monitor, pointed at the key",
      code: '{\n  "type": "tcp",\n  "port": 22,\n  "path": "/health"\n}',
      errors: [
        {
          line: 4,
          column: 3,
          endColumn: 9,
          pointer: "/path",
          message: '"path" applies to http and https monitors only; a tcp monitor ignores it. Remove it',
        },
      ],
    },
    {
      name: "several fields on an icmp_ping monitor, in an envelope",
      code: {
        success: true,
        result: { type: "icmp_ping", header: { Host: ["a.example.com"] }, expected_body: "ok", allow_insecure: true },
      },
      errors: [
        { pointer: "/result/header" },
        { pointer: "/result/expected_body" },
        { pointer: "/result/allow_insecure", message: /; an icmp_ping monitor ignores it/ },
      ],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ type: "smtp", port: 25, expected_codes: "2xx", probe_zone: "example.com", follow_redirects: true }] },
      errors: [
        { pointer: "/monitors/0/expected_codes" },
        { pointer: "/monitors/0/probe_zone" },
        { pointer: "/monitors/0/follow_redirects" },
      ],
    },
  ],
});
