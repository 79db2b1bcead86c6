import { beforeAll, describe, expect, it } from "vitest";
import rule from "../../../rules/spectrum/edge-ip-in-use.js";
import { lintSources } from "../../../src/engine/lint.js";
import { loadParsers } from "../../../src/parse/index.js";
import { testRule } from "../../rule-tester.js";

const app = (protocol: string, ips: string[], extra: object = {}) => ({
  protocol,
  dns: { type: "ADDRESS", name: "static.example.com" },
  origin_direct: [`${protocol.split("/")[0]}://192.0.2.1:${protocol.split("/")[1]}`],
  edge_ips: { type: "static", ips },
  ...extra,
});

testRule(rule, {
  valid: [
    { name: "one static IP on different ports", code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"]), app("tcp/443", ["198.51.100.7"])] } },
    { name: "the same port over TCP and UDP", code: { spectrum_apps: [app("tcp/53", ["198.51.100.7"]), app("udp/53", ["198.51.100.7"])] } },
    { name: "different static IPs on one port", code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"]), app("tcp/22", ["198.51.100.8"])] } },
    {
      name: "the same application twice (a stored copy beside its body)",
      files: {
        "app.json": app("tcp/22", ["198.51.100.7"], { id: "ea95132c15732412d22c1476fa83f27a" }),
        "stored.json": { success: true, errors: [], result: app("tcp/22", ["198.51.100.7"], { id: "ea95132c15732412d22c1476fa83f27a" }) },
      },
    },
    { name: "dynamic edge IPs claim nothing", code: { spectrum_apps: [{ ...app("tcp/22", []), edge_ips: { type: "dynamic" } }, app("tcp/22", ["198.51.100.7"])] } },
  ],
  invalid: [
    {
      name: "the same IP and port: the second app is reported at the IP",
      code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"]), app("tcp/22", ["203.0.113.9", "198.51.100.7"])] },
      errors: [
        {
          pointer: "/spectrum_apps/1/edge_ips/ips/1",
          message: '198.51.100.7 tcp/22 is already claimed by the application at test.json /spectrum_apps/0 (protocol "tcp/22"): use another edge IP or port',
        },
      ],
    },
    {
      name: "overlapping ranges, one IPv6 written two ways, across files",
      files: {
        "a.json": app("tcp/1000-2000", ["2001:db8::7"]),
        "b.json": { success: true, errors: [], result: app("tcp/1500", ["2001:0db8:0:0:0:0:0:7"]) },
      },
      errors: [{ file: "b.json", pointer: "/result/edge_ips/ips/0", message: /^2001:0db8:0:0:0:0:0:7 tcp\/1500 is already claimed by the application at a\.json \(protocol "tcp\/1000-2000"\)/ }],
    },
    {
      name: "files given in any order: the file first by path holds the IP, the other is reported",
      files: {
        "b.json": app("udp/27015", ["198.51.100.7"]),
        "a.json": app("udp/27015", ["198.51.100.7"]),
      },
      errors: [{ file: "b.json", pointer: "/edge_ips/ips/0", message: /^198\.51\.100\.7 udp\/27015 is already claimed by the application at a\.json \(/ }],
    },
  ],
});

describe("in Terraform", () => {
  beforeAll(() => loadParsers(["main.tf"]));

  it("names the application holding the IP by its file and its place there", () => {
    const resource = (name: string) =>
      `resource "cloudflare_spectrum_application" "${name}" {\n  protocol = "tcp/22"\n  dns = { type = "ADDRESS", name = "${name}.example.com" }\n` +
      `  origin_direct = ["tcp://192.0.2.1:22"]\n  edge_ips = { type = "static", ips = ["198.51.100.7"] }\n}\n`;
    const run = lintSources([{ path: "main.tf", text: resource("a") + resource("b") }], () => ({ account: {}, rules: {} }));
    expect(run.results[0]!.findings.filter((f) => f.ruleId === rule.id).map((f) => [f.line, f.message])).toEqual([
      [11, '198.51.100.7 tcp/22 is already claimed by the application at main.tf /resource/cloudflare_spectrum_application/a (protocol "tcp/22"): use another edge IP or port'],
    ]);
  });
});
