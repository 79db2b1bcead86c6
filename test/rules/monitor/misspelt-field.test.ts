import rule from "../../../rules/monitor/misspelt-field.js";
import { terraformPlan, testRule, toText } from "../../rule-tester.js";

const plan = terraformPlan("cloudflare_load_balancer_monitor", "web", { type: "https", path: "/health", consecutive_down: 3, expected_codes: "200" });

testRule(rule, {
  valid: [
    { name: "every key a field", code: { type: "https", path: "/health", expected_codes: "200", consecutive_down: 3, probe_zone: "example.com" } },
    { name: "teams' own metadata, two or more edits from any field", code: { type: "http", path: "/", x_team: "web", owner: "ops", notes: "storefront", comment: "ok" } },
    { name: "the docs' follow_redirect has its own rule", code: { type: "http", follow_redirect: true } },
    // One edit from a short field is another word as often as a typo.
    { name: "near misses of short fields: paths, ports, types, post", code: { type: "http", path: "/", paths: ["/a"], ports: [80], types: "x", post: true } },
    { name: "a short key near a long field is not taken for it", code: { type: "http", path: "/", retry: 2 } },
    { name: "header's keys are HTTP header names", code: { type: "https", path: "/", header: { Hots: ["example.com"], "X-Heder": ["1"] } } },
    { name: "a Terraform resource: the provider refuses unknown arguments itself", files: { "main.tf": 'resource "cloudflare_load_balancer_monitor" "web" {\n  type = "https"\n  consecutive_dwon = 3\n}\n' } },
    { name: "Terraform's JSON syntax", files: { "main.tf.json": { resource: { cloudflare_load_balancer_monitor: { web: { type: "https", expected_code: "200" } } } } } },
    { name: "a Terraform plan", code: plan },
  ],
  invalid: [
    {
      name: "one edit from a field: rename",
      code: '{\n  "type": "https",\n  "path": "/health",\n  "consecutive_dwon": 3\n}',
      errors: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          pointer: "/consecutive_dwon",
          message: 'the API has no field "consecutive_dwon" and ignores it. Rename it to "consecutive_down"',
        },
      ],
      output: '{\n  "type": "https",\n  "path": "/health",\n  "consecutive_down": 3\n}',
    },
    {
      name: "a letter missing, and case aside, in a bundle",
      code: { monitors: [{ type: "http", expected_code: "200", Interval: 30 }] },
      errors: [
        { pointer: "/monitors/0/expected_code", message: 'the API has no field "expected_code" and ignores it. Rename it to "expected_codes"' },
        { pointer: "/monitors/0/Interval", message: 'the API has no field "Interval" and ignores it. Rename it to "interval"' },
      ],
      output: toText({ monitors: [{ type: "http", expected_codes: "200", interval: 30 }] }),
    },
    {
      name: "the field is set too: which one was meant is the user's call",
      code: { type: "http", expected_codes: "2xx", expected_code: "200" },
      errors: [
        {
          pointer: "/expected_code",
          message: 'the API has no field "expected_code" and ignores it; "expected_codes" is already set. Keep the value you mean as "expected_codes" and remove the other',
          suggestions: [{ desc: 'remove "expected_code"', output: toText({ type: "http", expected_codes: "2xx" }) }],
        },
      ],
      output: null,
    },
    {
      name: "in an API response",
      code: { result: { type: "tcp", port: 22, timout: 5 }, success: true },
      errors: [{ pointer: "/result/timout", message: /Rename it to "timeout"$/ }],
      output: toText({ result: { type: "tcp", port: 22, timeout: 5 }, success: true }),
    },
    {
      name: "YAML",
      files: { "m.yaml": "type: https\nallow_insecur: true\n" },
      errors: [{ line: 2, column: 1, pointer: "/allow_insecur", message: /Rename it to "allow_insecure"$/ }],
      output: { "m.yaml": "type: https\nallow_insecure: true\n" },
    },
  ],
});
