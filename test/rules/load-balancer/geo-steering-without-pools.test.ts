import rule from "../../../rules/load-balancer/geo-steering-without-pools.js";
import { testRule } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", default_pools: ["p1"], fallback_pool: "p1", ...extra });

testRule(rule, {
  valid: [
    { name: "geo with region pools", code: lb({ steering_policy: "geo", region_pools: { WEU: ["p1"] } }) },
    { name: "geo with only country pools", code: lb({ steering_policy: "geo", region_pools: {}, country_pools: { GB: ["p1"] } }) },
    { name: "the empty policy picks geo itself only when pools are mapped", code: lb({ steering_policy: "" }) },
    { name: "off", code: lb({ steering_policy: "off" }) },
  ],
  invalid: [
    {
      name: "geo with nothing mapped",
      code: '{"name": "www.example.com", "steering_policy": "geo", "default_pools": ["p1"], "fallback_pool": "p1"}',
      errors: [
        {
          line: 1,
          column: 48,
          endColumn: 53,
          pointer: "/steering_policy",
          message:
            'steering_policy "geo" maps no location to a pool: region_pools, country_pools and pop_pools are all empty ' +
            'or absent, so every client gets default_pools in failover order, as with "off". Map regions or countries ' +
            'to pools, e.g. "region_pools": {"WEU": ["<pool id>"]}, or set the policy to "off"',
        },
      ],
    },
    {
      name: "empty maps and lists, in a bundle",
      code: { load_balancers: [lb({ steering_policy: "geo", region_pools: { WEU: [] }, pop_pools: {} })] },
      errors: [{ pointer: "/load_balancers/0/steering_policy" }],
    },
    { name: "in an API envelope", code: { success: true, result: lb({ steering_policy: "geo" }) }, errors: [{ pointer: "/result/steering_policy" }] },
  ],
});
