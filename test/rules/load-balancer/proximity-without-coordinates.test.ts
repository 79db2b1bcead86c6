import rule from "../../../rules/load-balancer/proximity-without-coordinates.js";
import { testRule } from "../../rule-tester.js";

const P1 = "17b5962d775c646f3f9725cbc7a53df4";
const P2 = "ff02c959d17f7bb2b1184a202e3c0af7";
const origins = [{ name: "o1", address: "192.0.2.10" }];
const placed = { id: P1, name: "eu", origins, latitude: 53.3, longitude: -6.2 };
const unplaced = { id: P2, name: "us", origins };
const lb = (steering_policy: string) => ({ name: "www.example.com", steering_policy, default_pools: [P1, P2], fallback_pool: P1 });

testRule(rule, {
  valid: [
    { name: "every pool has coordinates", code: { pools: [placed, { ...unplaced, latitude: 40.7, longitude: -74 }], load_balancers: [lb("proximity")] } },
    { name: "another policy", code: { pools: [placed, unplaced], load_balancers: [lb("random")] } },
    { name: "pools not in the run", code: { load_balancers: [lb("proximity")] } },
  ],
  invalid: [
    {
      name: "one pool without coordinates, in a bundle",
      code: { pools: [placed, unplaced], load_balancers: [lb("proximity")] },
      errors: [
        {
          pointer: "/load_balancers/0/default_pools/1",
          message:
            'proximity steering places pools by their coordinates, and pool "us" has no latitude and longitude, so it ' +
            "cannot be placed and is passed over. Give the pool its coordinates (the data center's location), or choose another steering policy",
        },
      ],
    },
    {
      name: "across files, in the load balancer's file",
      files: { "pools.json": { success: true, result: [unplaced, { ...placed, longitude: undefined }] }, "lb.json": lb("proximity") },
      errors: [
        { file: "lb.json", pointer: "/default_pools/0", message: /pool "eu" has no latitude and longitude/ },
        { file: "lb.json", pointer: "/default_pools/1", message: /pool "us"/ },
      ],
    },
  ],
});
