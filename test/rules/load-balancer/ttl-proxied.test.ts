import rule from "../../../rules/load-balancer/ttl-proxied.js";
import { testRule } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", default_pools: ["p1"], fallback_pool: "p1", ...extra });

testRule(rule, {
  valid: [
    { name: "ttl on a DNS-only load balancer", code: lb({ proxied: false, ttl: 30 }) },
    { name: "ttl with proxied absent (DNS-only by default)", code: lb({ ttl: 30 }) },
    { name: "proxied without ttl", code: lb({ proxied: true }) },
    { name: "proxied with ttl 30, the API's default, which a read-back configuration may carry", code: lb({ proxied: true, ttl: 30 }) },
  ],
  invalid: [
    {
      name: "proxied with ttl: pointed at the ttl key",
      code: '{\n  "name": "www.example.com",\n  "proxied": true,\n  "ttl": 300,\n  "default_pools": ["p1"],\n  "fallback_pool": "p1"\n}',
      errors: [
        {
          line: 4,
          column: 3,
          endColumn: 8,
          pointer: "/ttl",
          message:
            "ttl 300 has no effect on a proxied load balancer: Cloudflare answers for proxied names with its own " +
            'addresses and TTL. Remove ttl, or set "proxied": false if a DNS-only load balancer was meant',
        },
      ],
    },
    { name: "in a bundle", code: { load_balancers: [lb({ proxied: true, ttl: 60 })] }, errors: [{ pointer: "/load_balancers/0/ttl" }] },
    { name: "in an API envelope", code: { success: true, result: lb({ proxied: true, ttl: 0 }) }, errors: [{ pointer: "/result/ttl" }] },
  ],
});
