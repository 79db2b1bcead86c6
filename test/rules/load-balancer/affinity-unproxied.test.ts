import rule from "../../../rules/load-balancer/affinity-unproxied.js";
import { testRule } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", default_pools: ["p1"], fallback_pool: "p1", ...extra });

testRule(rule, {
  valid: [
    { name: "cookie affinity on a proxied load balancer", code: lb({ proxied: true, session_affinity: "cookie" }) },
    { name: "affinity none on a DNS-only load balancer", code: lb({ proxied: false, session_affinity: "none" }) },
    { name: "the empty string turns affinity off", code: lb({ session_affinity: "" }) },
  ],
  invalid: [
    {
      name: "cookie affinity with proxied false",
      code: '{"name": "www.example.com", "proxied": false, "session_affinity": "cookie", "default_pools": ["p1"], "fallback_pool": "p1"}',
      errors: [
        {
          line: 1,
          column: 67,
          endColumn: 75,
          pointer: "/session_affinity",
          message:
            'session_affinity "cookie" has no effect on a DNS-only load balancer: affinity is kept by Cloudflare\'s ' +
            'proxy, which is off. Set "proxied": true, or remove session_affinity',
        },
      ],
    },
    {
      name: "proxied absent, in a bundle",
      code: { load_balancers: [lb({ session_affinity: "ip_cookie" })] },
      errors: [{ pointer: "/load_balancers/0/session_affinity", message: /which is off by default \("proxied" is absent\)/ }],
    },
    { name: "in an API envelope", code: { success: true, result: lb({ session_affinity: "header" }) }, errors: [{ pointer: "/result/session_affinity" }] },
  ],
});
