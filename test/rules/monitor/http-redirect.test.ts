import rule from "../../../rules/monitor/http-redirect.js";
import { testRule } from "../../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "follows redirects", code: { type: "http", follow_redirects: true } },
    { name: "accepts the 3xx class", code: { type: "http", expected_codes: "3xx" } },
    { name: "lists a redirect status", code: { type: "http", expected_codes: "200,302" } },
    { name: "https monitors see the final answer", code: { type: "https", header: { Host: ["a.example.com"] } } },
    { name: "tcp monitors have no status", code: { type: "tcp", port: 22 } },
    { name: "malformed expected_codes is another rule's finding", code: { type: "http", expected_codes: "abc" } },
    { name: "port 443 gets 400, not a redirect: another rule", code: { type: "http", port: 443 } },
    { name: "not a monitor", code: { name: "pool", origins: [] } },
  ],
  invalid: [
    {
      name: "type absent means http, and expected_codes defaults to 200",
      code: '{\n  "interval": 60\n}',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 3,
          endColumn: 2,
          pointer: "",
          message: /expected_codes "200"/,
          // Follow the redirect, or probe HTTPS directly: a choice, so suggestions only.
          suggestions: [
            { desc: 'add "follow_redirects": true', output: '{\n  "interval": 60,\n  "follow_redirects": true\n}' },
            { desc: "make it an https monitor", output: '{\n  "interval": 60,\n  "type": "https"\n}' },
          ],
        },
      ],
      output: null,
    },
    {
      name: "explicit http type, pointed at the type",
      code: '{\n  "type": "http",\n  "expected_codes": "2xx"\n}',
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 17,
          pointer: "/type",
          message:
            'HTTP monitor does not follow redirects: an origin that redirects to HTTPS (301/302/303) fails ' +
            'expected_codes "2xx". Add "follow_redirects": true, or use an https monitor',
        },
      ],
    },
    {
      name: "follow_redirects false, pointed at the field",
      code: '{"type": "http", "follow_redirects": false}',
      errors: [
        {
          line: 1,
          column: 38,
          pointer: "/follow_redirects",
          message: /Set "follow_redirects": true/,
          suggestions: [
            { desc: 'set "follow_redirects" to true', output: '{"type": "http", "follow_redirects": true}' },
            { desc: "make it an https monitor", output: '{"type": "https", "follow_redirects": false}' },
          ],
        },
      ],
    },
    {
      name: "on an explicit port, https is no simple switch",
      code: '{"type": "http", "port": 8080}',
      errors: [{ pointer: "/type", suggestions: [{ desc: 'add "follow_redirects": true', output: '{"type": "http", "port": 8080, "follow_redirects": true}' }] }],
    },
    {
      name: "the docs' spelling follow_redirect does not count; the spelling itself is another rule's finding",
      code: '{\n  "type": "http",\n  "follow_redirect": true\n}',
      errors: [{ line: 2, column: 11, pointer: "/type", message: /^HTTP monitor does not follow redirects/ }],
    },
    {
      name: "an empty expected_codes is the default 200",
      code: { type: "http", expected_codes: "" },
      errors: [{ pointer: "/type", message: /expected_codes "200"/ }],
    },
    {
      name: "inside an API envelope",
      code: { success: true, errors: [], messages: [], result: { type: "http", expected_codes: "200" } },
      errors: [{ pointer: "/result/type" }],
    },
    {
      name: "each monitor of a bundle",
      code: { monitors: [{ type: "http" }, { type: "https" }, { expected_codes: "204" }] },
      errors: [{ pointer: "/monitors/0/type" }, { pointer: "/monitors/2" }],
    },
  ],
});
