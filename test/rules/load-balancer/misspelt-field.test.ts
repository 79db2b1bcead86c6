import rule from "../../../rules/load-balancer/misspelt-field.js";
import { testRule, toText } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", default_pools: ["p1"], fallback_pool: "p1", ...extra });

const plan = {
  format_version: "1.2",
  terraform_version: "1.9.5",
  planned_values: {
    root_module: {
      resources: [
        {
          address: "cloudflare_load_balancer.www",
          mode: "managed",
          type: "cloudflare_load_balancer",
          name: "www",
          values: { name: "www.example.com", zone_id: "z", default_pool_ids: ["p1"], fallback_pool_id: "p1" },
        },
      ],
    },
  },
};

testRule(rule, {
  valid: [
    { name: "every key a field", code: lb({ proxied: true, session_affinity: "cookie", steering_policy: "off" }) },
    { name: "teams' own metadata", code: lb({ owner: "ops", x_team: "web", notes: "storefront" }) },
    { name: "a short key: tll is not taken for ttl", code: lb({ tll: 30 }) },
    { name: "the keys of pool maps are codes, not fields", code: lb({ region_pools: { WNAM: ["p1"] }, country_pools: { US: ["p1"] }, pop_pools: { LAX: ["p1"] } }) },
    {
      name: "a Terraform resource with the provider v4's names",
      files: { "main.tf": 'resource "cloudflare_load_balancer" "www" {\n  zone_id = "z"\n  name = "www.example.com"\n  default_pool_ids = ["p1"]\n  fallback_pool_id = "p1"\n}\n' },
    },
    { name: "a Terraform plan with the provider v4's names", code: plan },
  ],
  invalid: [
    {
      name: "one edit from a field: rename",
      code: '{\n  "name": "www.example.com",\n  "default_pools": ["p1"],\n  "fallback_pool": "p1",\n  "sesion_affinity": "cookie"\n}',
      errors: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 20,
          pointer: "/sesion_affinity",
          message: 'the API has no field "sesion_affinity" and ignores it. Rename it to "session_affinity"',
        },
      ],
      output: '{\n  "name": "www.example.com",\n  "default_pools": ["p1"],\n  "fallback_pool": "p1",\n  "session_affinity": "cookie"\n}',
    },
    {
      name: "the provider v4's name in API JSON",
      code: { name: "www.example.com", default_pools: ["p1"], fallback_pool_id: "p1" },
      errors: [
        {
          pointer: "/fallback_pool_id",
          message: '"fallback_pool_id" is the Terraform provider\'s name (v4); the API has no such field and ignores it. Rename it to "fallback_pool"',
        },
      ],
      output: toText({ name: "www.example.com", default_pools: ["p1"], fallback_pool: "p1" }),
    },
    {
      name: "the field is set too: which one was meant is the user's call",
      code: lb({ region_pool: { WNAM: ["p1"] }, region_pools: { ENAM: ["p1"] } }),
      errors: [
        {
          pointer: "/region_pool",
          message: /; "region_pools" is already set. Keep the value you mean as "region_pools" and remove the other$/,
          suggestions: [{ desc: 'remove "region_pool"', output: toText(lb({ region_pools: { ENAM: ["p1"] } })) }],
        },
      ],
      output: null,
    },
  ],
});
