import rule from "../../../rules/spectrum/origin-dns.js";
import { testRule, toText } from "../../rule-tester.js";

const base = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" } };

testRule(rule, {
  valid: [
    { name: "the documented example: name, ttl 1200 and origin_port", code: { ...base, origin_dns: { name: "origin.example.com", ttl: 1200 }, origin_port: 22 } },
    { name: "an SRV origin_dns with no port", code: { ...base, origin_dns: { name: "_ssh._tcp.example.com", type: "SRV" } } },
    { name: "the minimum ttl of 600", code: { ...base, origin_dns: { name: "origin.example.com", ttl: 600, type: "" }, origin_port: 22 } },
    { name: "AAAA with a port range", code: { ...base, protocol: "tcp/1000-1001", origin_dns: { name: "o.example.com", type: "AAAA" }, origin_port: "2000-2001" } },
    { name: "no origin_dns", code: { ...base, origin_direct: ["tcp://192.0.2.1:22"] } },
    { name: "no type and no port: what the API assumes without a type is undocumented", code: { ...base, origin_dns: { name: "origin.example.com" } } },
  ],
  invalid: [
    {
      name: "ttl below 600, at the value",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_dns": {"name": "origin.example.com", "ttl": 60},\n  "origin_port": 22\n}',
      errors: [
        {
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 57,
          pointer: "/origin_dns/ttl",
          message: "origin_dns.ttl 60 is below the minimum of 600 seconds: use 600 or more",
        },
      ],
    },
    {
      name: "an A record without origin_port, at the type",
      code: { ...base, origin_dns: { name: "origin.example.com", type: "A" } },
      errors: [
        {
          pointer: "/origin_dns/type",
          message:
            'origin_dns resolves an A record, which has no port, and origin_port is not set: add "origin_port", or use an SRV record (origin_dns.type "SRV")',
        },
      ],
    },
    {
      name: 'type "" (A and AAAA) and no origin_port',
      code: { ...base, origin_dns: { name: "origin.example.com", type: "" } },
      errors: [{ pointer: "/origin_dns/type", message: /^origin_dns resolves an A\/AAAA record, which has no port/ }],
    },
    {
      name: "a URL for a name: reduced to its host name",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_dns": {"name": "https://origin.example.com:8443/"},\n  "origin_port": 22\n}',
      errors: [{ line: 4, column: 26, pointer: "/origin_dns/name", message: /^"https:\/\/origin.example.com:8443\/" is not a valid host name/ }],
      output: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_dns": {"name": "origin.example.com"},\n  "origin_port": 22\n}',
    },
    {
      name: "a name that is not a host name, in a bundle",
      code: { spectrum_apps: [{ ...base, origin_dns: { name: "origin example.com" }, origin_port: 22 }] },
      errors: [
        {
          pointer: "/spectrum_apps/0/origin_dns/name",
          message: '"origin example.com" is not a valid host name: use the DNS name of the origin record, e.g. origin.example.com',
        },
      ],
    },
    {
      name: "no name at all, in an API envelope",
      code: { success: true, errors: [], result: { ...base, origin_dns: { ttl: 1200 }, origin_port: 22 } },
      errors: [{ pointer: "/result/origin_dns", message: /^origin_dns has no name/ }],
    },
  ],
});
