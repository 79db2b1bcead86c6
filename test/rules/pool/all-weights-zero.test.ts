import rule from "../../../rules/pool/all-weights-zero.js";
import { testRule } from "../../rule-tester.js";

const origin = (i: number, extra: object = {}) => ({ name: `o${i}`, address: `192.0.2.${i}`, ...extra });

testRule(rule, {
  valid: [
    { name: "one origin with a small weight", code: { name: "web", origins: [origin(1, { weight: 0 }), origin(2, { weight: 0.01 })] } },
    { name: "default weight (1) on one origin", code: { name: "web", origins: [origin(1, { weight: 0 }), origin(2)] } },
    {
      name: "least_outstanding_requests: what weight 0 does there is not documented",
      code: { name: "web", origin_steering: { policy: "least_outstanding_requests" }, origins: [origin(1, { weight: 0 })] },
    },
    {
      name: "least_connections: what weight 0 does there is not documented",
      code: { name: "web", origin_steering: { policy: "least_connections" }, origins: [origin(1, { weight: 0 })] },
    },
    { name: "the pool itself is disabled", code: { name: "web", enabled: false, origins: [origin(1, { weight: 0 })] } },
    {
      name: "no origin enabled (pool/no-enabled-origins reports it)",
      code: { name: "web", origins: [origin(1, { weight: 0, enabled: false })] },
    },
    {
      name: "in a bundle, the origin with weight lives in the same pool",
      code: { pools: [{ name: "web", origins: [origin(1, { weight: 0 }), origin(2, { weight: 0.5 })] }] },
    },
  ],
  invalid: [
    {
      name: "every enabled origin has weight 0; the disabled one is ignored",
      code:
        '{"name": "web", "origins": [{"address": "192.0.2.1", "weight": 1, "enabled": false}, ' +
        '{"address": "192.0.2.2", "weight": 0}, {"address": "192.0.2.3", "weight": 0}]}',
      errors: [
        {
          line: 1,
          column: 121,
          endColumn: 122,
          pointer: "/origins/1/weight",
          message:
            "all 2 of the pool's enabled origins have weight 0: they are health checked, but weight 0 means no " +
            "traffic is sent to an origin, so the pool serves none. Give the origins meant to serve a weight above 0 (up to 1)",
          // Both enabled origins in one suggestion; the disabled one keeps its weight.
          suggestions: [
            {
              desc: "give every enabled origin weight 1",
              output:
                '{"name": "web", "origins": [{"address": "192.0.2.1", "weight": 1, "enabled": false}, ' +
                '{"address": "192.0.2.2", "weight": 1}, {"address": "192.0.2.3", "weight": 1}]}',
            },
          ],
        },
      ],
    },
    {
      name: "hash steering, in a bundle",
      code: {
        pools: [
          { name: "a", origins: [origin(1)] },
          { name: "b", origin_steering: { policy: "hash" }, origins: [origin(2, { weight: 0 })] },
        ],
      },
      errors: [{ pointer: "/pools/1/origins/0/weight", message: /^the pool's only enabled origin has weight 0: / }],
    },
    {
      name: "explicit random steering, in an API envelope",
      code: {
        success: true,
        result: { name: "web", origin_steering: { policy: "random" }, origins: [origin(1, { weight: 0 }), origin(2, { weight: 0 })] },
      },
      errors: [{ pointer: "/result/origins/0/weight", message: /^all 2 of the pool's enabled origins have weight 0/ }],
    },
  ],
});
