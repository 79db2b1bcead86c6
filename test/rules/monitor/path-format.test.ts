import rule from "../../../rules/monitor/path-format.js";
import { testRule, toText } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a rooted path with a query", code: { type: "http", path: "/health?full=1&x=a%20b" } },
    { name: "an empty path means /", code: { type: "http", path: "" } },
    { name: "percent-encoded non-ASCII", code: { type: "https", path: "/caf%C3%A9", header: { Host: ["a.example.com"] } } },
    { name: "a tcp monitor ignores path: another rule", code: { type: "tcp", port: 22, path: "health" } },
  ],
  invalid: [
    {
      name: "no leading slash",
      code: '{\n  "type": "http",\n  "path": "health"\n}',
      errors: [
        {
          line: 3,
          column: 11,
          endColumn: 19,
          pointer: "/path",
          message: 'path "health" does not start with "/", so the origin answers 400 Bad Request. Write "/health"',
        },
      ],
      output: '{\n  "type": "http",\n  "path": "/health"\n}',
    },
    {
      name: "a space, in an envelope",
      code: { success: true, result: { type: "https", path: "/status page" } },
      errors: [
        {
          pointer: "/result/path",
          message: 'path "/status page" holds a space unencoded, so the origin answers 400 Bad Request. Write "/status%20page"',
        },
      ],
      output: toText({ success: true, result: { type: "https", path: "/status%20page" } }),
    },
    {
      name: "raw non-ASCII and a tab, in a bundle",
      code: { monitors: [{ path: "/café\t" }] },
      errors: [{ pointer: "/monitors/0/path", message: /holds "é", U\+0009 unencoded.*Write "\/caf%C3%A9%09"$/ }],
      output: toText({ monitors: [{ path: "/caf%C3%A9%09" }] }),
    },
  ],
});
