import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOriginPort, parseOriginUri, parseProtocol } from "../../../src/address/index.js";
import { lintSources } from "../../../src/engine/lint.js";

/** Values shaped like a Spectrum application's fields, good and bad mixed. */
const portish = fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.constantFrom("22", "3000-4000", "4000-3000", "0", "x", ""));
const text = fc.oneof(
  fc.string(),
  fc.constantFrom("tcp/22", "udp/53", "tcp/1000-2000", "ssh", "tcp://[2001:db8::1]:443", "tcp://2001:db8::1:443", "udp://10.0.0.5:53", "tcp://192.0.2.1:3000-4000"),
);
const app = fc.record(
  {
    protocol: text,
    dns: fc.record({ type: fc.constantFrom("CNAME", "ADDRESS"), name: fc.oneof(text, fc.constant("ssh.example.com")) }, { requiredKeys: [] }),
    origin_direct: fc.array(text, { maxLength: 3 }),
    origin_dns: fc.record({ name: text, ttl: fc.integer({ min: 0, max: 5000 }), type: fc.constantFrom("", "A", "AAAA", "SRV") }, { requiredKeys: [] }),
    origin_port: portish,
    edge_ips: fc.oneof(fc.record({ type: fc.constant("static"), ips: fc.array(fc.constantFrom("198.51.100.7", "2001:db8::7", "bad"), { maxLength: 2 }) }), fc.record({ type: fc.constant("dynamic") })),
    virtual_network_id: fc.oneof(fc.uuid(), text),
    proxy_protocol: fc.constantFrom("off", "v1", "v2", "simple"),
    tls: fc.constantFrom("off", "flexible", "full", "strict"),
    ip_firewall: fc.boolean(),
    argo_smart_routing: fc.boolean(),
    traffic_type: fc.constantFrom("direct", "http", "https", "worker"),
  },
  { requiredKeys: [] },
);
const account = fc.record(
  {
    plan: fc.constantFrom("free", "pro", "business", "enterprise"),
    spectrum: fc.constantFrom("payg", "enterprise"),
    zones: fc.array(fc.constantFrom("example.com", "example.org", "sub.example.com"), { maxLength: 2 }),
    entitlements: fc.record({ argo_smart_routing: fc.boolean(), byoip: fc.boolean(), ftp: fc.boolean() }),
    virtual_networks: fc.array(fc.uuid(), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe("the Spectrum rules never crash", () => {
  it("the parsers return a problem instead of throwing", () => {
    fc.assert(
      fc.property(fc.string(), portish, (s, port) => {
        parseProtocol(s);
        parseOriginUri(s);
        parseOriginPort(port);
      }),
    );
  });

  it("on any mix of fields and account facts, every finding comes from a rule, none from a crash", () => {
    fc.assert(
      fc.property(fc.array(app, { minLength: 1, maxLength: 3 }), account, (apps, facts) => {
        const run = lintSources([{ path: "apps.json", text: JSON.stringify({ spectrum_apps: apps }) }], () => ({ account: facts, rules: {} }));
        const crashed = run.results.flatMap((r) => r.findings).filter((f) => f.ruleId === "core/rule-crashed");
        expect(crashed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
