import { expect, it } from "vitest";
import rule from "../../../rules/pool/minimum-origins.js";
import { testRule } from "../../rule-tester.js";

// No document gives an API error for the threshold: the API takes the pool, which then never serves.
it("predicts an unusable pool, not an API refusal", () => {
  expect(rule.predicts).toBe("unusable-pool");
});

const origins = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `o${i}`, address: `192.0.2.${i + 1}` }));

testRule(rule, {
  valid: [
    { name: "exactly the number of origins", code: { name: "web", minimum_origins: 2, origins: origins(2) } },
    { name: "default threshold", code: { name: "web", origins: origins(1) } },
    {
      name: "disabled origins still count (the threshold is reachable once they are enabled)",
      code: { name: "web", minimum_origins: 2, origins: [...origins(1), { name: "o9", address: "192.0.2.9", enabled: false }] },
    },
  ],
  invalid: [
    {
      name: "more than there are origins",
      code: '{"name": "web", "minimum_origins": 3, "origins": [{"address": "192.0.2.1"}, {"address": "192.0.2.2"}]}',
      errors: [
        {
          line: 1,
          column: 36,
          endColumn: 37,
          pointer: "/minimum_origins",
          message:
            "minimum_origins 3 is more than the pool's 2 origins: the pool could never have enough healthy origins " +
            "to count as healthy. Lower it to at most 2, or add origins",
        },
      ],
    },
    {
      name: "an empty pool, in a bundle",
      code: { pools: [{ name: "web", origins: [] }, { name: "db", minimum_origins: 1, origins: [] }] },
      errors: [{ pointer: "/pools/1/minimum_origins", message: /^minimum_origins 1 is more than the pool's 0 origins/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, result: { name: "web", minimum_origins: 2, origins: origins(1) } },
      errors: [{ pointer: "/result/minimum_origins", message: /the pool's 1 origin:/ }],
    },
  ],
});
