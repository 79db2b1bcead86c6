import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../../src/engine/lint.js";

// Rules get values that passed the schema's type checks and nothing more: odd values in range
// or enum, odd pools around the monitor, and unknown fields must never crash a rule.
const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("", " ", "1xx", "2xx,", "200-299", "/a b", "é", "HEAD", "connection_established"));
const hostValues = fc.array(fc.oneof(fc.string(), fc.constantFrom("", "a.example.com", "https://x.example/", "10.0.0.1", "intranet", "x.internal")));
const monitor = fc.record(
  {
    id: fc.constantFrom("m1", "m2"),
    type: fc.constantFrom("http", "https", "tcp", "udp_icmp", "icmp_ping", "smtp"),
    method: text,
    path: text,
    port: fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constantFrom(0, 80, 443, null)),
    header: fc.dictionary(fc.constantFrom("Host", "host", "Expect", "Upgrade", "X-A"), hostValues),
    timeout: fc.integer({ min: 0, max: 10 }),
    interval: fc.integer({ min: -10, max: 5000 }),
    expected_codes: text,
    expected_body: text,
    follow_redirects: fc.boolean(),
    follow_redirect: fc.anything(),
    allow_insecure: fc.boolean(),
    probe_zone: text,
  },
  { requiredKeys: ["id", "type"] },
);
const originRecord = fc.record(
  {
    name: fc.string(),
    address: fc.oneof(fc.string(), fc.constantFrom("192.0.2.1", "a.example.net", "x.local", "2001:db8::1", "")),
    enabled: fc.boolean(),
    header: fc.record({ Host: hostValues }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
// Mostly readable origins, so that the project rules get to run; now and then anything at all.
const origin = fc.oneof({ weight: 9, arbitrary: originRecord }, { weight: 1, arbitrary: fc.anything() });
const pool = fc.record(
  { name: fc.string(), monitor: fc.constantFrom("m1", "m2"), enabled: fc.boolean(), origins: fc.array(origin, { maxLength: 4 }) },
  { requiredKeys: ["origins"] },
);

describe("monitor rules on arbitrary input", () => {
  it("never crash", () => {
    fc.assert(
      fc.property(
        fc.array(monitor, { maxLength: 3 }),
        fc.array(pool, { maxLength: 3 }),
        fc.constantFrom(undefined, "pro" as const, "enterprise" as const),
        (monitors, pools, plan) => {
          const run = lintSources([{ path: "x.json", text: JSON.stringify({ monitors, pools }) }], () => ({
            account: plan ? { plan } : {},
            rules: {},
          }));
          const crashed = run.results.flatMap((r) => r.findings).filter((f) => f.ruleId === "core/rule-crashed");
          expect(crashed).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
