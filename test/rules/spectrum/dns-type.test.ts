import rule from "../../../rules/spectrum/dns-type.js";
import { testRule, toText } from "../../rule-tester.js";

const app = (dnsType: string, edge_ips?: object) => ({
  protocol: "tcp/22",
  dns: { type: dnsType, name: "ssh.example.com" },
  origin_direct: ["tcp://192.0.2.1:22"],
  ...(edge_ips ? { edge_ips } : {}),
});

testRule(rule, {
  valid: [
    { name: "CNAME with dynamic edge IPs by default", code: app("CNAME") },
    { name: "CNAME with dynamic edge IPs, IPv6 only", code: app("CNAME", { type: "dynamic", connectivity: "ipv6" }) },
    { name: "ADDRESS with static edge IPs", code: app("ADDRESS", { type: "static", ips: ["198.51.100.7"] }) },
    { name: "no dns.type", code: { protocol: "tcp/22", dns: { name: "ssh.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] } },
  ],
  invalid: [
    {
      name: "ADDRESS without edge_ips (dynamic), at dns.type",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "ADDRESS", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"]\n}',
      errors: [
        {
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 28,
          pointer: "/dns/type",
          message: 'dns.type "ADDRESS" does not fit dynamic edge IPs (the default without edge_ips): use "CNAME"',
        },
      ],
      output: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"]\n}',
    },
    {
      name: "CNAME with static edge IPs (the Terraform provider's example), in a bundle",
      code: { spectrum_apps: [app("CNAME", { type: "static", ips: ["203.0.113.1", "203.0.113.2"] })] },
      errors: [{ pointer: "/spectrum_apps/0/dns/type", message: 'dns.type "CNAME" does not fit static edge IPs: use "ADDRESS"' }],
      output: toText({ spectrum_apps: [app("ADDRESS", { type: "static", ips: ["203.0.113.1", "203.0.113.2"] })] }),
    },
    {
      name: "ADDRESS with explicit dynamic edge IPs, in an API envelope",
      code: { success: true, errors: [], result: app("ADDRESS", { type: "dynamic", connectivity: "all" }) },
      errors: [{ pointer: "/result/dns/type", message: 'dns.type "ADDRESS" does not fit dynamic edge IPs: use "CNAME"' }],
      output: toText({ success: true, errors: [], result: app("CNAME", { type: "dynamic", connectivity: "all" }) }),
    },
  ],
});
