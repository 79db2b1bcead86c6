import rule from "../../../rules/load-balancer/affinity-ttl-range.js";
import { testRule } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", proxied: true, default_pools: ["p1"], fallback_pool: "p1", ...extra });

testRule(rule, {
  valid: [
    { name: "cookie at the lower bound", code: lb({ session_affinity: "cookie", session_affinity_ttl: 1800 }) },
    { name: "cookie at the upper bound", code: lb({ session_affinity: "ip_cookie", session_affinity_ttl: 604800 }) },
    { name: "header at 30 seconds", code: lb({ session_affinity: "header", session_affinity_ttl: 30 }) },
    { name: "no affinity type: no range applies", code: lb({ session_affinity_ttl: 5 }) },
  ],
  invalid: [
    {
      name: "cookie affinity for ten minutes",
      code: '{"name": "www.example.com", "proxied": true, "session_affinity": "cookie", "session_affinity_ttl": 600, "default_pools": ["p1"], "fallback_pool": "p1"}',
      errors: [
        {
          line: 1,
          column: 100,
          endColumn: 103,
          pointer: "/session_affinity_ttl",
          message:
            "session_affinity_ttl is not in range [1800, 604800]: validation failed. cookie affinity lasts 1800 to " +
            "604800 seconds; got 600",
        },
      ],
    },
    {
      name: "header affinity for two hours, in a bundle",
      code: { load_balancers: [lb({ session_affinity: "header", session_affinity_ttl: 7200 })] },
      errors: [{ pointer: "/load_balancers/0/session_affinity_ttl", message: /not in range \[30, 3600\]/ }],
    },
    {
      name: "a rule override inherits the load balancer's affinity, in an API envelope",
      code: { success: true, result: lb({ session_affinity: "cookie", rules: [{ name: "r", overrides: { session_affinity_ttl: 60 } }] }) },
      errors: [{ pointer: "/result/rules/0/overrides/session_affinity_ttl" }],
    },
  ],
});
