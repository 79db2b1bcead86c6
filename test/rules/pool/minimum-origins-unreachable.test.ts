import rule from "../../../rules/pool/minimum-origins-unreachable.js";
import { testRule } from "../../rule-tester.js";

const origin = (i: number, enabled = true) => ({ name: `o${i}`, address: `192.0.2.${i}`, ...(enabled ? {} : { enabled: false }) });

testRule(rule, {
  valid: [
    {
      name: "exactly the number of enabled origins",
      code: { name: "web", minimum_origins: 2, origins: [origin(1), origin(2), origin(3, false)] },
    },
    {
      name: "more than the total (pool/minimum-origins reports it)",
      code: { name: "web", minimum_origins: 4, origins: [origin(1), origin(2), origin(3, false)] },
    },
    {
      name: "no origin enabled (pool/no-enabled-origins reports it)",
      code: { name: "web", minimum_origins: 1, origins: [origin(1, false), origin(2, false)] },
    },
    {
      name: "the pool itself is disabled",
      code: { name: "web", enabled: false, minimum_origins: 2, origins: [origin(1), origin(2, false)] },
    },
    {
      name: "default threshold with one enabled origin, in a bundle",
      code: { pools: [{ name: "web", origins: [origin(1), origin(2, false)] }] },
    },
  ],
  invalid: [
    {
      name: "one of two origins disabled with a threshold of 2",
      code:
        '{"name": "web", "minimum_origins": 2, "origins": [{"address": "192.0.2.1"}, ' +
        '{"address": "192.0.2.2", "enabled": false}]}',
      errors: [
        {
          line: 1,
          column: 36,
          endColumn: 37,
          pointer: "/minimum_origins",
          message:
            "minimum_origins 2 is more than the pool's 1 enabled origin (2 in all): while the others are disabled " +
            "the pool can never count as healthy, and load balancers using it fail over past it. Lower it to at most 1, " +
            "or enable more origins",
        },
      ],
    },
    {
      name: "the second pool of a bundle",
      code: {
        pools: [
          { name: "a", minimum_origins: 1, origins: [origin(1)] },
          { name: "b", minimum_origins: 3, origins: [origin(2), origin(3), origin(4, false)] },
        ],
      },
      errors: [{ pointer: "/pools/1/minimum_origins", message: /^minimum_origins 3 is more than the pool's 2 enabled origins \(3 in all\)/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, result: { name: "web", minimum_origins: 2, origins: [origin(1, false), origin(2)] } },
      errors: [{ pointer: "/result/minimum_origins", message: /Lower it to at most 1,/ }],
    },
  ],
});
