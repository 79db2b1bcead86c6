import rule from "../../../rules/monitor/https-host-not-hostname.js";
import { testRule, toText } from "../../rule-tester.js";

const ID = "7a9c1e3f5b7d4e2a8c6f0b2d4e6a8c0e";
const https = (host: string, extra: object = {}) => ({ id: ID, type: "https", header: { Host: [host] }, ...extra });

testRule(rule, {
  valid: [
    { name: "a bare hostname", code: https("api.example.com") },
    { name: "a trailing dot is still a name", code: https("api.example.com.") },
    { name: "allow_insecure skips name checks", code: https("192.0.2.10", { allow_insecure: true }) },
    { name: "an http monitor has no TLS", code: { type: "http", header: { Host: ["http://api.example.com"] } } },
    {
      name: "every origin overrides the monitor's Host",
      code: {
        monitors: [https("https://api.example.com")],
        pools: [{ name: "p", monitor: ID, origins: [{ name: "a", address: "192.0.2.1", header: { Host: ["api.example.com"] } }] }],
      },
    },
  ],
  invalid: [
    {
      name: "a scheme and a path",
      code: '{\n  "type": "https",\n  "header": {"Host": ["https://api.example.com/health"]}\n}',
      errors: [
        {
          line: 3,
          column: 23,
          endColumn: 55,
          pointer: "/header/Host/0",
          message: 'Host "https://api.example.com/health" has a scheme and a path, so no certificate name matches it. Write "api.example.com"',
        },
      ],
      output: '{\n  "type": "https",\n  "header": {"Host": ["api.example.com"]}\n}',
    },
    {
      name: "a port, in an envelope",
      code: { success: true, result: https("api.example.com:8443") },
      errors: [{ pointer: "/result/header/Host/0", message: 'Host "api.example.com:8443" has a port, so no certificate name matches it. Write "api.example.com"' }],
      output: toText({ success: true, result: https("api.example.com") }),
    },
    {
      name: "an IP address",
      code: https("192.0.2.10"),
      errors: [
        {
          pointer: "/header/Host/0",
          message: `Host "192.0.2.10" is an IP address: it cannot go into SNI and no certificate name matches it. Use the hostname on the origin's certificate`,
        },
      ],
      // Which name the certificate carries cannot be read from an IP.
      output: null,
    },
    {
      name: "the origin's Host is the one sent: reported on the pool, in a bundle",
      code: {
        monitors: [https("api.example.com")],
        pools: [{ name: "p", monitor: ID, origins: [{ name: "a", address: "a.example.net", header: { Host: ["a.example.net/"] } }, { name: "b", address: "b.example.net" }] }],
      },
      errors: [{ pointer: "/pools/0/origins/0/header/Host/0", message: /^Host "a.example.net\/" has a path.*Write "a.example.net"$/ }],
      output: toText({
        monitors: [https("api.example.com")],
        pools: [{ name: "p", monitor: ID, origins: [{ name: "a", address: "a.example.net", header: { Host: ["a.example.net"] } }, { name: "b", address: "b.example.net" }] }],
      }),
    },
    {
      name: "the monitor's Host, used by two origins, is reported once",
      files: {
        "m.json": https("api example com"),
        "p.json": { name: "p", monitor: ID, origins: [{ name: "a", address: "192.0.2.1" }, { name: "b", address: "192.0.2.2" }] },
      },
      errors: [{ file: "m.json", message: `Host "api example com" is not a hostname, so no certificate name matches it. Use the hostname on the origin's certificate` }],
    },
  ],
});
