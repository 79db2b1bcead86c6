import rule from "../../../rules/load-balancer/affinity-header-limit.js";
import { testRule } from "../../rule-tester.js";

const lb = (headers: string[]) => ({
  name: "www.example.com",
  proxied: true,
  default_pools: ["p1"],
  fallback_pool: "p1",
  session_affinity: "header",
  session_affinity_attributes: { headers },
});
const names = (n: number) => Array.from({ length: n }, (_, i) => `x-h${i}`);

testRule(rule, {
  valid: [
    { name: "one header on a Pro plan", code: lb(names(1)), account: { plan: "pro" } },
    { name: "five headers on Enterprise", code: lb(names(5)), account: { plan: "enterprise" } },
    { name: "two headers, plan unknown: silent", code: lb(names(2)) },
    // The list keys header affinity only; other affinity types do not use it.
    { name: "cookie affinity does not use the header list", code: { ...lb(names(3)), session_affinity: "cookie" }, account: { plan: "pro" } },
    {
      name: "no affinity type: the header list is unused",
      code: { ...lb(names(6)), session_affinity: undefined },
    },
  ],
  invalid: [
    {
      name: "two headers on a Business plan, pointed at the second",
      code: '{"name": "www.example.com", "default_pools": ["p1"], "fallback_pool": "p1", "session_affinity": "header",\n "session_affinity_attributes": {"headers": ["x-user", "x-cart"]}}',
      account: { plan: "business" },
      errors: [
        {
          line: 2,
          column: 56,
          endColumn: 64,
          pointer: "/session_affinity_attributes/headers/1",
          message:
            "session_affinity_attributes.headers lists 2 header names, and the business plan allows at most 1 " +
            "(Enterprise 5, other plans 1). Keep the one header that identifies a session",
        },
      ],
    },
    {
      name: "six headers on any plan, in a bundle",
      code: { load_balancers: [lb(names(6))] },
      errors: [{ pointer: "/load_balancers/0/session_affinity_attributes/headers/5", message: /lists 6 header names, and any plan allows at most 5/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, result: lb(names(3)) },
      account: { plan: "free" },
      errors: [{ pointer: "/result/session_affinity_attributes/headers/1" }],
    },
    {
      name: "header affinity chosen by a rule override",
      code: { ...lb(names(2)), session_affinity: "cookie", rules: [{ name: "api", overrides: { session_affinity: "header" } }] },
      account: { plan: "business" },
      errors: [{ pointer: "/session_affinity_attributes/headers/1" }],
    },
  ],
});
