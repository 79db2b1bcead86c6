import rule from "../../../rules/load-balancer/unknown-region.js";
import { testRule } from "../../rule-tester.js";

const lb = (extra: object) => ({ name: "www.example.com", default_pools: ["p1"], fallback_pool: "p1", ...extra });
const CODES = "WNAM, ENAM, WEU, EEU, NSAM, SSAM, OC, ME, NAF, SAF, SAS, SEAS, NEAS";

testRule(rule, {
  valid: [
    { name: "every one of the 13 codes", code: lb({ region_pools: Object.fromEntries(CODES.split(", ").map((code) => [code, ["p1"]])) }) },
    { name: "a code in lower case: whether the API reads it so is not documented", code: lb({ region_pools: { weu: ["p1"] } }) },
    { name: "country codes belong in country_pools", code: lb({ country_pools: { GB: ["p1"], US: ["p1"] } }) },
    { name: "no region_pools", code: lb({}) },
    { name: "a rule's overrides with codes", code: lb({ rules: [{ name: "eu", condition: "", overrides: { region_pools: { EEU: ["p1"] } } }] }) },
  ],
  invalid: [
    {
      name: "a misspelt code, one edit from one code: the rename is suggested",
      code: '{"name": "www.example.com", "default_pools": ["p1"], "fallback_pool": "p1", "region_pools": {"WEUR": ["p1"]}}',
      errors: [
        {
          line: 1,
          column: 94,
          endColumn: 100,
          pointer: "/region_pools/WEUR",
          message:
            `region_pools key "WEUR" is not a Cloudflare region code (${CODES}), so its pools serve no region: clients there ` +
            'get default_pools, unless the API refuses the key outright. Did you mean "WEU"?',
          suggestions: [{ desc: 'rename it to "WEU"', output: '{"name": "www.example.com", "default_pools": ["p1"], "fallback_pool": "p1", "region_pools": {"WEU": ["p1"]}}' }],
        },
      ],
    },
    {
      name: "one edit from two codes (WNAM, ENAM): no guess",
      code: lb({ region_pools: { NAM: ["p1"] } }),
      errors: [
        {
          pointer: "/region_pools/NAM",
          message: `region_pools key "NAM" is not a Cloudflare region code (${CODES}), so its pools serve no region: clients there get default_pools, unless the API refuses the key outright. Use the region's code`,
          suggestions: [],
        },
      ],
    },
    {
      name: "the near code is mapped already: no rename onto it",
      code: lb({ region_pools: { WEU: ["p1"], WEUR: ["p2"] } }),
      errors: [{ pointer: "/region_pools/WEUR", suggestions: [] }],
    },
    { name: "a country code among the regions", code: lb({ region_pools: { US: ["p1"] } }), errors: [{ pointer: "/region_pools/US" }] },
    {
      name: "in a rule's overrides",
      code: lb({ rules: [{ name: "eu", condition: "", overrides: { region_pools: { EUROPE: ["p1"] } } }] }),
      errors: [{ pointer: "/rules/0/overrides/region_pools/EUROPE" }],
    },
  ],
});
