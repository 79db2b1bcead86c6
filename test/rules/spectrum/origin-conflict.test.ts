import rule from "../../../rules/spectrum/origin-conflict.js";
import { testRule, toText } from "../../rule-tester.js";

const base = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" } };

testRule(rule, {
  valid: [
    { name: "origin_direct only", code: { ...base, origin_direct: ["tcp://192.0.2.1:22"] } },
    { name: "origin_dns only, with a port", code: { ...base, origin_dns: { name: "o.example.com" }, origin_port: 22 } },
    {
      name: "a Worker origin needs neither",
      code: { ...base, traffic_type: "worker", origin_worker_id: "my-worker" },
    },
  ],
  invalid: [
    {
      name: "both: pointed at the origin_dns key",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"],\n  "origin_dns": {"name": "o.example.com"}\n}',
      errors: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 15,
          pointer: "/origin_dns",
          message: "both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them",
          // Which origin is the real one is the user's choice: suggestions, never a fix.
          suggestions: [
            {
              desc: 'remove "origin_dns"',
              output: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"]\n}',
            },
            {
              desc: 'remove "origin_direct"',
              output: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_dns": {"name": "o.example.com"}\n}',
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: "both, with origin_port, which goes with origin_dns",
      code: { ...base, origin_direct: ["tcp://192.0.2.1:22"], origin_dns: { name: "o.example.com" }, origin_port: 22 },
      errors: [
        {
          pointer: "/origin_dns",
          suggestions: [
            { desc: 'remove "origin_dns" and "origin_port"', output: toText({ ...base, origin_direct: ["tcp://192.0.2.1:22"] }) },
            { desc: 'remove "origin_direct"', output: toText({ ...base, origin_dns: { name: "o.example.com" }, origin_port: 22 }) },
          ],
        },
      ],
      output: null,
    },
    {
      name: "neither: pointed at the application",
      code: '[\n  {"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "ssh.example.com"}}\n]',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 78, pointer: "/0", message: /neither origin_direct nor origin_dns/ }],
    },
    {
      name: "worker traffic without a worker id still needs an origin",
      code: { ...base, traffic_type: "worker" },
      errors: [{ pointer: "" }],
    },
    {
      name: "in a bundle",
      code: { spectrum_apps: [{ ...base, origin_direct: [], origin_dns: { name: "o.example.com" } }] },
      errors: [{ pointer: "/spectrum_apps/0/origin_dns" }],
    },
  ],
});
