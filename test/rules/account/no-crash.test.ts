import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../rules/index.js";
import { lintSources } from "../../../src/engine/lint.js";

// Rules see values that passed the schema's type checks but not its ranges or enums; arbitrary
// field values shaped like pools and load balancers must never crash them.
const FOLDERS = ["account/", "pool/", "load-balancer/"];
const rules = RULES.filter((r) => FOLDERS.some((f) => r.id.startsWith(f)));

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
const origin = fc.record(
  { name: fc.string(), address: fc.oneof(fc.string(), fc.ipV4(), fc.ipV6(), fc.domain()), enabled: fc.boolean(), weight: fc.double({ noNaN: true, noDefaultInfinity: true }), header: fc.record({ Host: fc.array(fc.string(), { maxLength: 3 }) }), virtual_network_id: fc.string() },
  { requiredKeys: [] },
);
const pool = fc.record(
  { id: fc.string(), name: fc.string(), monitor: fc.string(), minimum_origins: fc.integer(), latitude: fc.double({ noNaN: true, noDefaultInfinity: true }), check_regions: fc.oneof(fc.constant(null), fc.array(fc.constantFrom("WEU", "ALL_REGIONS"))), origins: fc.array(origin, { maxLength: 4 }) },
  { requiredKeys: ["origins"] },
);
const poolMap = fc.dictionary(fc.string(), fc.array(fc.string(), { maxLength: 2 }));
const loadBalancer = fc.record(
  {
    id: fc.string(), name: fc.oneof(fc.string(), fc.domain()), proxied: fc.boolean(), ttl: fc.double({ noNaN: true, noDefaultInfinity: true }),
    default_pools: fc.array(fc.string(), { maxLength: 3 }), fallback_pool: fc.string(),
    steering_policy: fc.constantFrom("", "geo", "proximity", "dynamic_latency", "off"),
    region_pools: poolMap, country_pools: poolMap, pop_pools: poolMap,
    session_affinity: fc.constantFrom("", "none", "cookie", "ip_cookie", "header"), session_affinity_ttl: fc.double({ noNaN: true, noDefaultInfinity: true }),
    session_affinity_attributes: fc.record({ headers: fc.array(fc.string(), { maxLength: 7 }) }, { requiredKeys: [] }),
    rules: fc.array(fc.record({ overrides: fc.record({ default_pools: fc.array(fc.string()), session_affinity_ttl: fc.double({ noNaN: true, noDefaultInfinity: true }), region_pools: poolMap }, { requiredKeys: [] }) }, { requiredKeys: [] }), { maxLength: 2 }),
  },
  { requiredKeys: ["default_pools"] },
);
const monitor = fc.record({ id: fc.string(), type: fc.constantFrom("http", "https", "tcp"), extra: anyValue }, { requiredKeys: ["type"] });

describe("pool, load balancer and account rules on arbitrary values", () => {
  it("never crash", () => {
    fc.assert(
      fc.property(fc.array(monitor, { maxLength: 3 }), fc.array(pool, { maxLength: 3 }), fc.array(loadBalancer, { maxLength: 2 }), fc.constantFrom("free", "enterprise"), (monitors, pools, lbs, plan) => {
        const text = JSON.stringify({ monitors, pools, load_balancers: lbs });
        const run = lintSources([{ path: "a.json", text }], () => ({ account: { plan, zones: ["example.com"], quotas: { origins: 2 } }, rules: {} }), rules);
        expect(run.results[0]!.findings.filter((f) => f.ruleId === "core/rule-crashed")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
