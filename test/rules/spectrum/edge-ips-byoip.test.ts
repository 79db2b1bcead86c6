import { describe, expect, it } from "vitest";
import rule from "../../../rules/spectrum/edge-ips-byoip.js";
import { lookupCode } from "../../../src/codes/index.js";
import { testRule } from "../../rule-tester.js";

const noByoip = { entitlements: { byoip: false } };
const app = (edge_ips?: object) => ({
  protocol: "tcp/22",
  dns: { type: edge_ips ? "ADDRESS" : "CNAME", name: "ssh.example.com" },
  origin_direct: ["tcp://192.0.2.1:22"],
  ...(edge_ips ? { edge_ips } : {}),
});
const fixed = { type: "static", ips: ["198.51.100.7"] };

testRule(rule, {
  valid: [
    { name: "static edge IPs with BYOIP", code: app(fixed), account: { entitlements: { byoip: true } } },
    { name: "dynamic edge IPs without BYOIP", code: app({ type: "dynamic", connectivity: "ipv6" }), account: noByoip },
    { name: "no edge_ips without BYOIP", code: app(), account: noByoip },
    { name: "without the entitlement fact nothing is known", code: app(fixed) },
  ],
  invalid: [
    {
      name: "static edge IPs without BYOIP, at edge_ips.type",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "ADDRESS", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"],\n  "edge_ips": {"type": "static", "ips": ["198.51.100.7"]}\n}',
      account: noByoip,
      errors: [
        {
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 32,
          pointer: "/edge_ips/type",
          message:
            'static edge IPs need BYOIP, which is not enabled for this account (account.entitlements.byoip is false): use dynamic edge IPs (remove edge_ips and set dns.type "CNAME"), or ask your account team to enable BYOIP',
        },
      ],
    },
    { name: "in a bundle", code: { spectrum_apps: [app(fixed)] }, account: noByoip, errors: [{ pointer: "/spectrum_apps/0/edge_ips/type" }] },
    { name: "in an API envelope", code: { success: true, errors: [], result: app(fixed) }, account: noByoip, errors: [{ pointer: "/result/edge_ips/type" }] },
  ],
});

describe("what cflint explain says of 11018", () => {
  // Dynamic edge IPs (the default, and the IPv6-only form above) need no BYOIP: the code is about static ones.
  it("names static edge IPs, not edge_ips as such, as what needs BYOIP", () => {
    const entry = lookupCode(rule.predicts)!;
    expect(entry.cause).toMatch(/static `edge_ips`/);
    expect(entry.fix).toMatch(/dynamic edge IPs/);
  });
});
