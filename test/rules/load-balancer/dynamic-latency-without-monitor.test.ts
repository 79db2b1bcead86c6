import rule from "../../../rules/load-balancer/dynamic-latency-without-monitor.js";
import { testRule } from "../../rule-tester.js";

const P1 = "17b5962d775c646f3f9725cbc7a53df4";
const P2 = "ff02c959d17f7bb2b1184a202e3c0af7";
const origins = [{ name: "o1", address: "192.0.2.10" }];
const watched = { id: P1, name: "eu", origins, monitor: "a1b2c3d4e5f60718293a4b5c6d7e8f90" };
const unwatched = { id: P2, name: "us", origins };
const lb = (steering_policy: string) => ({ name: "www.example.com", steering_policy, default_pools: [P1, P2], fallback_pool: P1 });

testRule(rule, {
  valid: [
    { name: "every pool has a monitor", code: { pools: [watched, { ...unwatched, monitor_group: "g1" }], load_balancers: [lb("dynamic_latency")] } },
    { name: "another policy", code: { pools: [watched, unwatched], load_balancers: [lb("off")] } },
    { name: "pools not in the run", code: { load_balancers: [lb("dynamic_latency")] } },
  ],
  invalid: [
    {
      name: "one pool without a monitor, in a bundle",
      code: { pools: [watched, unwatched], load_balancers: [lb("dynamic_latency")] },
      errors: [
        {
          pointer: "/load_balancers/0/default_pools/1",
          message:
            'dynamic latency steering ranks pools by their health checks\' round-trip times, and pool "us" has no ' +
            "monitor, so it has no latency to rank. Attach a monitor to the pool, or choose another steering policy",
        },
      ],
    },
    {
      name: "across files, in the load balancer's file",
      files: { "pools.json": { success: true, result: [unwatched, { ...watched, monitor: "" }] }, "lb.json": lb("dynamic_latency") },
      errors: [
        { file: "lb.json", pointer: "/default_pools/0", message: /pool "eu" has no monitor/ },
        { file: "lb.json", pointer: "/default_pools/1", message: /pool "us"/ },
      ],
    },
  ],
});
