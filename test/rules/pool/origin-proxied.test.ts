import rule from "../../../rules/pool/origin-proxied.js";
import { testRule } from "../../rule-tester.js";

const pool = (address: string) => ({ name: "web", origins: [{ name: "o1", address }] });
const lb = (proxied?: boolean) => ({ name: "www.example.com", default_pools: ["p"], fallback_pool: "p", ...(proxied === undefined ? {} : { proxied }) });
const app = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] };

testRule(rule, {
  valid: [
    { name: "a DNS-only load balancer's name resolves to its origins", code: { pools: [pool("www.example.com")], load_balancers: [lb(false)] } },
    { name: "proxied defaults to false", code: { pools: [pool("www.example.com")], load_balancers: [lb()] } },
    { name: "a different name", code: { pools: [pool("origin.example.com")], load_balancers: [lb(true)], spectrum_apps: [app] } },
    { name: "an IP origin", code: { pools: [pool("192.0.2.10")], load_balancers: [lb(true)] } },
  ],
  invalid: [
    {
      name: "the hostname of a proxied load balancer",
      code: '{"pools": [{"name": "web", "origins": [{"address": "WWW.example.com."}]}],\n "load_balancers": [{"name": "www.example.com", "proxied": true, "default_pools": ["p"], "fallback_pool": "p"}]}',
      errors: [
        {
          line: 1,
          column: 52,
          endColumn: 70,
          pointer: "/pools/0/origins/0/address",
          message:
            'origin address "WWW.example.com." is the proxied load balancer "www.example.com", a name proxied by ' +
            "Cloudflare: health checks do not probe it (DNS Internal) and traffic would loop back through Cloudflare. " +
            "Use the origin server's own IP or DNS-only hostname",
        },
      ],
    },
    {
      name: "a Spectrum application's hostname, across files",
      files: { "apps.json": { success: true, result: [app] }, "pool.json": pool("ssh.example.com") },
      errors: [{ file: "pool.json", pointer: "/origins/0/address", message: /is the Spectrum application "ssh\.example\.com"/ }],
    },
  ],
});
