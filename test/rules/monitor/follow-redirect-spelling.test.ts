import rule from "../../../rules/monitor/follow-redirect-spelling.js";
import { testRule, toText } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the API's spelling", code: { type: "http", follow_redirects: true } },
    { name: "a similar but different field", code: { type: "https", follow_redirects: false, allow_insecure: true } },
    { name: "in a bundle, spelled right", code: { monitors: [{ type: "http", follow_redirects: true }] } },
  ],
  invalid: [
    {
      name: "the docs' spelling on an http monitor: rename",
      code: '{\n  "type": "http",\n  "follow_redirect": true\n}',
      errors: [
        {
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 20,
          pointer: "/follow_redirect",
          message: 'the API has no field "follow_redirect" (the docs\' spelling) and ignores it. Rename it to "follow_redirects"',
        },
      ],
      output: '{\n  "type": "http",\n  "follow_redirects": true\n}',
    },
    {
      name: "both spellings: remove the stray one",
      code: { type: "https", follow_redirects: true, follow_redirect: true },
      errors: [
        {
          pointer: "/follow_redirect",
          message: /; "follow_redirects" is already set. Remove it$/,
          suggestions: [{ desc: 'remove "follow_redirect"', output: toText({ type: "https", follow_redirects: true }) }],
        },
      ],
      // The two spellings may disagree: which one was meant is not for --fix to decide.
      output: null,
    },
    {
      name: "a tcp monitor follows nothing: remove",
      code: { result: { type: "tcp", port: 22, follow_redirect: false }, success: true },
      errors: [{ pointer: "/result/follow_redirect", message: /and a tcp monitor follows no redirects. Remove it$/ }],
      output: toText({ result: { type: "tcp", port: 22 }, success: true }),
    },
    {
      name: "type absent is http, in a bundle",
      code: { monitors: [{ path: "/", follow_redirect: true }] },
      errors: [{ pointer: "/monitors/0/follow_redirect", message: /Rename it to "follow_redirects"$/ }],
      output: toText({ monitors: [{ path: "/", follow_redirects: true }] }),
    },
    {
      name: "an unknown type (monitor/schema's finding) still gets the rename",
      code: { type: "HTTP", follow_redirect: true },
      errors: [{ pointer: "/follow_redirect", message: /Rename it to "follow_redirects"$/ }],
      output: toText({ type: "HTTP", follow_redirects: true }),
    },
    {
      name: "a JSONC file keeps its comments and CRLF line endings through the rename",
      files: { "m.jsonc": '{\r\n  // storefront\r\n  "type": "http",\r\n  "follow_redirect": true /* as in the docs */\r\n}\r\n' },
      errors: [{ line: 4, column: 3, pointer: "/follow_redirect" }],
      output: { "m.jsonc": '{\r\n  // storefront\r\n  "type": "http",\r\n  "follow_redirects": true /* as in the docs */\r\n}\r\n' },
    },
  ],
});
