import rule from "../../../rules/load-balancer/misspelt-field.js";
import { terraformPlan, testRule, toText } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", default_pools: ["p1"], fallback_pool: "p1", ...extra });

const plan = terraformPlan("cloudflare_load_balancer", "www", { name: "www.example.com", zone_id: "z", default_pool_ids: ["p1"], fallback_pool_id: "p1" });

testRule(rule, {
  valid: [
    { name: "every key a field", code: lb({ proxied: true, session_affinity: "cookie", steering_policy: "off" }) },
    { name: "teams' own metadata", code: lb({ owner: "ops", x_team: "web", notes: "storefront" }) },
    { name: "a short key: tll is not taken for ttl", code: lb({ tll: 30 }) },
    { name: "the keys of pool maps are codes, not fields", code: lb({ region_pools: { WNAM: ["p1"] }, country_pools: { US: ["p1"] }, pop_pools: { LAX: ["p1"] } }) },
    {
      name: "every key of the nested objects a field",
      code: lb({
        random_steering: { default_weight: 0.5, pool_weights: { p1: 1 } },
        adaptive_routing: { failover_across_pools: true },
        location_strategy: { mode: "pop", prefer_ecs: "always" },
        session_affinity_attributes: { samesite: "Lax", secure: "Always", drain_duration: 60, zero_downtime_failover: "sticky" },
        rules: [
          {
            name: "api",
            condition: "true",
            priority: 1,
            fixed_response: { status_code: 503, content_type: "text/plain", message_body: "down" },
            overrides: { session_affinity: "none", adaptive_routing: { failover_across_pools: false }, random_steering: { default_weight: 1 } },
          },
        ],
      }),
    },
    {
      name: "the keys of pool_weights are pool IDs, not fields",
      code: lb({ random_steering: { pool_weights: { default_weigth: 1, pool_weight: 0.5 } }, rules: [{ overrides: { random_steering: { pool_weights: { default_weigth: 1 } } } }] }),
    },
    {
      name: "nested values of the wrong type are the schema rule's",
      code: lb({ random_steering: "even", adaptive_routing: [true], session_affinity_attributes: null, rules: { overides: {} } }),
    },
    { name: "a rule that is no object, and overrides that are none", code: lb({ rules: ["api", { overrides: "none", fixed_response: 503 }] }) },
    {
      name: "a Terraform resource with the provider v4's names",
      files: { "main.tf": 'resource "cloudflare_load_balancer" "www" {\n  zone_id = "z"\n  name = "www.example.com"\n  default_pool_ids = ["p1"]\n  fallback_pool_id = "p1"\n}\n' },
    },
    { name: "a Terraform plan with the provider v4's names", code: plan },
    {
      name: "a Terraform resource with a misspelt nested argument: the provider refuses it itself",
      files: {
        "main.tf":
          'resource "cloudflare_load_balancer" "www" {\n  zone_id = "z"\n  name = "www.example.com"\n  default_pools = ["p1"]\n  fallback_pool = "p1"\n' +
          '  rules = [{ name = "a", overrides = { session_afinity = "none" } }]\n}\n',
      },
    },
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
      name: "inside the nested objects, and in rules by index",
      code:
        '{\n  "name": "www.example.com",\n  "default_pools": ["p1"],\n  "fallback_pool": "p1",\n  "session_affinity_attributes": { "samesit": "Lax" },\n' +
        '  "rules": [\n    { "name": "a", "condition": "true", "overrides": { "session_afinity": "none" } },\n' +
        '    { "name": "b", "conditon": "true", "fixed_response": { "status_cod": 503 } }\n  ]\n}',
      errors: [
        { line: 5, column: 36, endLine: 5, endColumn: 45, pointer: "/session_affinity_attributes/samesit", message: 'the API has no field "samesit" and ignores it. Rename it to "samesite"' },
        { line: 7, column: 56, pointer: "/rules/0/overrides/session_afinity", message: 'the API has no field "session_afinity" and ignores it. Rename it to "session_affinity"' },
        { line: 8, column: 20, pointer: "/rules/1/conditon", message: /Rename it to "condition"$/ },
        { line: 8, column: 60, pointer: "/rules/1/fixed_response/status_cod", message: /Rename it to "status_code"$/ },
      ],
      output:
        '{\n  "name": "www.example.com",\n  "default_pools": ["p1"],\n  "fallback_pool": "p1",\n  "session_affinity_attributes": { "samesite": "Lax" },\n' +
        '  "rules": [\n    { "name": "a", "condition": "true", "overrides": { "session_affinity": "none" } },\n' +
        '    { "name": "b", "condition": "true", "fixed_response": { "status_code": 503 } }\n  ]\n}',
    },
    {
      name: "random_steering, adaptive_routing and location_strategy, also in a rule's overrides",
      code: lb({
        random_steering: { default_wieght: 0.5 },
        adaptive_routing: { failover_acros_pools: true },
        rules: [{ overrides: { location_strategy: { prefer_ecss: "never" } } }],
      }),
      errors: [
        { pointer: "/random_steering/default_wieght", message: /Rename it to "default_weight"$/ },
        { pointer: "/adaptive_routing/failover_acros_pools", message: /Rename it to "failover_across_pools"$/ },
        { pointer: "/rules/0/overrides/location_strategy/prefer_ecss", message: /Rename it to "prefer_ecs"$/ },
      ],
      output: toText(
        lb({
          random_steering: { default_weight: 0.5 },
          adaptive_routing: { failover_across_pools: true },
          rules: [{ overrides: { location_strategy: { prefer_ecs: "never" } } }],
        }),
      ),
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
