import rule from "../../../rules/pool/no-enabled-origins.js";
import { testRule } from "../../rule-tester.js";

const disabled = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `o${i}`, address: `192.0.2.${i + 1}`, enabled: false }));

testRule(rule, {
  valid: [
    {
      name: "one origin still enabled",
      code: { name: "web", origins: [...disabled(2), { name: "o9", address: "192.0.2.9" }] },
    },
    {
      name: "one origin enabled explicitly",
      code: { name: "web", origins: [...disabled(1), { name: "o9", address: "192.0.2.9", enabled: true }] },
    },
    {
      name: "the pool itself is disabled, on purpose",
      code: { name: "web", enabled: false, origins: disabled(2) },
    },
    { name: "an empty origin list (not this rule's concern)", code: { name: "web", origins: [] } },
    {
      name: "a bundle whose disabled origins are spread over two pools",
      code: {
        pools: [
          { name: "a", origins: [...disabled(1), { name: "o9", address: "192.0.2.9" }] },
          { name: "b", origins: [{ name: "o8", address: "192.0.2.8" }] },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "every origin disabled",
      code:
        '{"name": "web", "origins": [{"address": "192.0.2.1", "enabled": false}, ' +
        '{"address": "192.0.2.2", "enabled": false}]}',
      errors: [
        {
          line: 1,
          column: 17,
          endColumn: 26,
          pointer: "/origins",
          message:
            'all 2 of the pool\'s origins have "enabled": false, so the pool gets no traffic and no health checks ' +
            "and load balancers using it fail over past it. Enable at least one origin, or set the pool's own " +
            '"enabled" to false if it is meant to be out of service',
        },
      ],
    },
    {
      name: "the second pool of a bundle, with the pool explicitly enabled",
      code: {
        pools: [
          { name: "a", origins: [{ name: "o8", address: "192.0.2.8" }] },
          { name: "b", enabled: true, origins: disabled(1) },
        ],
      },
      errors: [{ pointer: "/pools/1/origins", message: /^all 1 of the pool's origins have "enabled": false/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, errors: [], messages: [], result: { name: "web", origins: disabled(3) } },
      errors: [{ pointer: "/result/origins", message: /^all 3 of the pool's origins/ }],
    },
  ],
});
