import { beforeAll, describe, expect, it } from "vitest";
import rule from "../../../rules/spectrum/edge-ip-in-use.js";
import { lintSources } from "../../../src/engine/lint.js";
import { loadParsers } from "../../../src/parse/index.js";
import { testRule } from "../../rule-tester.js";

const app = (protocol: string, ips: string[], extra: object = {}, name = "static.example.com") => ({
  protocol,
  dns: { type: "ADDRESS", name },
  origin_direct: [`${protocol.split("/")[0]}://192.0.2.1:${protocol.split("/")[1]}`],
  edge_ips: { type: "static", ips },
  ...extra,
});
/** Two applications on one registered domain, whose zones only account.zones can tell apart. */
const onSubzones = [app("tcp/22", ["198.51.100.7"], {}, "ssh.dev.example.com"), app("tcp/22", ["198.51.100.7"], {}, "ssh.example.com")];

testRule(rule, {
  valid: [
    { name: "one static IP on different ports", code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"]), app("tcp/443", ["198.51.100.7"])] } },
    { name: "the same port over TCP and UDP", code: { spectrum_apps: [app("tcp/53", ["198.51.100.7"]), app("udp/53", ["198.51.100.7"], {}, "static.example.org")] } },
    { name: "different static IPs on one port", code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"]), app("tcp/22", ["198.51.100.8"], {}, "static.example.org")] } },
    {
      name: "the same application twice (a stored copy beside its body)",
      files: {
        "app.json": app("tcp/22", ["198.51.100.7"], { id: "ea95132c15732412d22c1476fa83f27a" }),
        "stored.json": { success: true, errors: [], result: app("tcp/22", ["198.51.100.7"], { id: "ea95132c15732412d22c1476fa83f27a" }, "static.example.org") },
      },
    },
    { name: "dynamic edge IPs claim nothing", code: { spectrum_apps: [{ ...app("tcp/22", []), edge_ips: { type: "dynamic" } }, app("tcp/22", ["198.51.100.7"], {}, "static.example.org")] } },
    // 11033 is an IP "already in use by another zone": two applications of one zone are not that.
    { name: "the same IP and port on one hostname: one zone, so not 11033", code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"]), app("tcp/22", ["198.51.100.7"])] } },
    {
      name: "the same IP and port on two hostnames of one zone (account.zones)",
      code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"], {}, "a.example.com"), app("tcp/22", ["198.51.100.7"], {}, "b.example.com")] },
      account: { zones: ["example.com"] },
    },
    { name: "one registered domain without account.zones: the zones cannot be told apart", code: { spectrum_apps: onSubzones } },
  ],
  invalid: [
    {
      name: "the same IP and port on two registered domains: the second app is reported at the IP",
      code: { spectrum_apps: [app("tcp/22", ["198.51.100.7"]), app("tcp/22", ["203.0.113.9", "198.51.100.7"], {}, "static.example.org")] },
      errors: [
        {
          pointer: "/spectrum_apps/1/edge_ips/ips/1",
          message:
            '198.51.100.7 tcp/22 is already claimed on another zone, by static.example.com (the application at test.json /spectrum_apps/0, protocol "tcp/22"): use another edge IP',
        },
      ],
    },
    {
      name: "a subdomain zone of its own (account.zones)",
      code: { spectrum_apps: onSubzones },
      account: { zones: ["example.com", "dev.example.com"] },
      errors: [{ pointer: "/spectrum_apps/1/edge_ips/ips/0", message: /^198\.51\.100\.7 tcp\/22 is already claimed on another zone, by ssh\.dev\.example\.com / }],
    },
    {
      name: "overlapping ranges, one IPv6 written two ways, across files",
      files: {
        "a.json": app("tcp/1000-2000", ["2001:db8::7"]),
        "b.json": { success: true, errors: [], result: app("tcp/1500", ["2001:0db8:0:0:0:0:0:7"], {}, "static.example.net") },
      },
      errors: [{ file: "b.json", pointer: "/result/edge_ips/ips/0", message: /^2001:0db8:0:0:0:0:0:7 tcp\/1500 is already claimed on another zone, by static\.example\.com \(the application at a\.json, protocol "tcp\/1000-2000"\)/ }],
    },
    {
      name: "files given in any order: the file first by path holds the IP, the other is reported",
      files: {
        "b.json": app("udp/27015", ["198.51.100.7"], {}, "static.example.org"),
        "a.json": app("udp/27015", ["198.51.100.7"]),
      },
      errors: [{ file: "b.json", pointer: "/edge_ips/ips/0", message: /^198\.51\.100\.7 udp\/27015 is already claimed on another zone, by static\.example\.com \(the application at a\.json, / }],
    },
  ],
});

describe("in Terraform", () => {
  beforeAll(() => loadParsers(["main.tf"]));

  it("names the application holding the IP by its file and its place there", () => {
    const resource = (name: string, domain: string) =>
      `resource "cloudflare_spectrum_application" "${name}" {\n  protocol = "tcp/22"\n  dns = { type = "ADDRESS", name = "${name}.${domain}" }\n` +
      `  origin_direct = ["tcp://192.0.2.1:22"]\n  edge_ips = { type = "static", ips = ["198.51.100.7"] }\n}\n`;
    const run = lintSources([{ path: "main.tf", text: resource("a", "example.com") + resource("b", "example.org") }], () => ({ account: {}, rules: {} }));
    expect(run.results[0]!.findings.filter((f) => f.ruleId === rule.id).map((f) => [f.line, f.message])).toEqual([
      [11, '198.51.100.7 tcp/22 is already claimed on another zone, by a.example.com (the application at main.tf /resource/cloudflare_spectrum_application/a, protocol "tcp/22"): use another edge IP'],
    ]);
  });
});
