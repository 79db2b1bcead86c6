import rule from "../../../rules/load-balancer/header-affinity-headers.js";
import { testRule } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", proxied: true, default_pools: ["p1"], fallback_pool: "p1", ...extra });

testRule(rule, {
  valid: [
    { name: "header affinity with a header", code: lb({ session_affinity: "header", session_affinity_attributes: { headers: ["x-session-id"] } }) },
    { name: "cookie affinity needs no headers", code: lb({ session_affinity: "cookie" }) },
    { name: "headers without header affinity", code: lb({ session_affinity_attributes: { headers: [] } }) },
  ],
  invalid: [
    {
      name: "no attributes: pointed at session_affinity",
      code: '{"name": "www.example.com", "proxied": true, "session_affinity": "header", "default_pools": ["p1"], "fallback_pool": "p1"}',
      errors: [
        {
          line: 1,
          column: 66,
          endColumn: 74,
          pointer: "/session_affinity",
          message:
            'session_affinity "header" needs at least one header name to key sessions on, and ' +
            'session_affinity_attributes.headers is not set. Add one, e.g. "session_affinity_attributes": {"headers": ["x-session-id"]}',
        },
      ],
    },
    {
      name: "empty list, in a bundle",
      code: { load_balancers: [lb({ session_affinity: "header", session_affinity_attributes: { headers: [] } })] },
      errors: [{ pointer: "/load_balancers/0/session_affinity_attributes/headers", message: /headers is empty/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, result: lb({ session_affinity: "header", session_affinity_attributes: { samesite: "Lax" } }) },
      errors: [{ pointer: "/result/session_affinity" }],
    },
  ],
});
