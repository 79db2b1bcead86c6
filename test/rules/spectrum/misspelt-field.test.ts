import rule from "../../../rules/spectrum/misspelt-field.js";
import { testRule, toText } from "../../rule-tester.js";

const app = (extra: object) => ({ protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" }, ...extra });

testRule(rule, {
  valid: [
    { name: "every key a field", code: app({ origin_direct: ["tcp://192.0.2.1:22"], ip_firewall: true, proxy_protocol: "off" }) },
    { name: "teams' own metadata", code: app({ origin_direct: ["tcp://192.0.2.1:22"], owner: "ops", x_team: "ssh" }) },
    { name: "a short key: tsl is not taken for tls", code: app({ origin_direct: ["tcp://192.0.2.1:22"], tsl: "off" }) },
    {
      name: "every key of edge_ips a field",
      code: app({ origin_direct: ["tcp://192.0.2.1:22"], edge_ips: { type: "dynamic", connectivity: "ipv4" } }),
    },
    { name: "edge_ips of the wrong type is the schema rule's", code: app({ origin_direct: ["tcp://192.0.2.1:22"], edge_ips: ["198.51.100.7"] }) },
    {
      name: "a Terraform resource: the provider refuses unknown arguments itself",
      files: {
        "main.tf":
          'resource "cloudflare_spectrum_application" "ssh" {\n  zone_id = "z"\n  protocol = "tcp/22"\n  dns = { type = "CNAME", name = "ssh.example.com" }\n' +
          '  origin_direct = ["tcp://192.0.2.1:22"]\n  ip_firewal = true\n}\n',
      },
    },
  ],
  invalid: [
    {
      name: "one swap from a field: rename",
      code: '{\n  "protocol": "tcp/22",\n  "dns": { "type": "CNAME", "name": "ssh.example.com" },\n  "origin_direct": ["tcp://192.0.2.1:22"],\n  "argo_smart_rotuing": true\n}',
      errors: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 23,
          pointer: "/argo_smart_rotuing",
          message: 'the API has no field "argo_smart_rotuing" and ignores it. Rename it to "argo_smart_routing"',
        },
      ],
      output: '{\n  "protocol": "tcp/22",\n  "dns": { "type": "CNAME", "name": "ssh.example.com" },\n  "origin_direct": ["tcp://192.0.2.1:22"],\n  "argo_smart_routing": true\n}',
    },
    {
      name: "inside edge_ips",
      code: app({ origin_direct: ["tcp://192.0.2.1:22"], edge_ips: { type: "dynamic", conectivity: "ipv6" } }),
      errors: [{ pointer: "/edge_ips/conectivity", message: 'the API has no field "conectivity" and ignores it. Rename it to "connectivity"' }],
      output: toText(app({ origin_direct: ["tcp://192.0.2.1:22"], edge_ips: { type: "dynamic", connectivity: "ipv6" } })),
    },
    {
      name: "the provider v4's block for a port range: the API's field is a string, so no rename",
      code: app({ origin_dns: { name: "origin.example.com" }, origin_port_range: { start: 3000, end: 3010 } }),
      errors: [
        {
          pointer: "/origin_port_range",
          message:
            '"origin_port_range" is the Terraform provider\'s name (v4); the API has no such field and ignores it. Write the range as "origin_port": "<start>-<end>"',
        },
      ],
      output: null,
    },
    {
      name: "the field is set too: which one was meant is the user's call",
      code: app({ origin_direct: ["tcp://192.0.2.1:22"], traffic_typ: "direct", traffic_type: "direct" }),
      errors: [
        {
          pointer: "/traffic_typ",
          message: /; "traffic_type" is already set/,
          suggestions: [{ desc: 'remove "traffic_typ"', output: toText(app({ origin_direct: ["tcp://192.0.2.1:22"], traffic_type: "direct" })) }],
        },
      ],
      output: null,
    },
  ],
});
