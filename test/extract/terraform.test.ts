import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/index.js";
import { extractDocument, isOverrideFile, type Resource } from "../../src/extract/index.js";
import { isTerraformAddress } from "../../src/extract/terraform/index.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";

const FORMATS = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));

beforeAll(() => loadParsers(["x.tf", "x.yaml"]));

function resources(text: string, path: string): Resource[] {
  const document = parseDocument(text, path);
  expect(document.problems).toEqual([]);
  return extractDocument(document).resources;
}

function fixture(name: string): Resource[] {
  return resources(readFileSync(FORMATS + name, "utf8"), name);
}

function byId(list: Resource[], id: string): Resource {
  const found = list.find((r) => r.value.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}

describe("Terraform attributes become API objects", () => {
  it.each(["v5.tf", "v4.tf", "v5.tf.json", "v4.tf.json"])("%s: the same pool and load balancer as api.json", (file) => {
    const api = JSON.parse(readFileSync(FORMATS + "api.json", "utf8")) as Record<string, Record<string, unknown>[]>;
    const found = fixture(file);
    const pool = { ...api.pools![0] };
    if (file === "v5.tf") pool.description = "Web servers behind www.example.com.\nManaged by Terraform.\n";
    expect(byId(found, "cloudflare_load_balancer_pool.web").value).toEqual(pool);
    expect(byId(found, "cloudflare_load_balancer.www").value).toEqual(api.load_balancers![0]);
    expect(byId(found, "cloudflare_spectrum_application.ssh").value).toEqual(api.spectrum_apps![0]);
    expect(byId(found, "cloudflare_load_balancer_monitor.http").value).toEqual(api.monitors![1]);
  });

  it("v4 origin_port_range is the API's origin_port range, located at the block", () => {
    const [app] = resources(
      'resource "cloudflare_spectrum_application" "game" {\n  protocol = "tcp/3000-3010"\n  origin_port_range {\n    start = 3000\n    end   = 3010\n  }\n}\n',
      "main.tf",
    );
    expect(app!.value.origin_port).toBe("3000-3010");
    expect(app!.pointerOf!("/origin_port")).toBe("/resource/cloudflare_spectrum_application/game/origin_port_range/0");
  });

  it("v4 country and pop pools, header blocks and renamed attributes map both ways", () => {
    const [lb] = resources(
      JSON.stringify({
        resource: {
          cloudflare_load_balancer: {
            geo: {
              name: "geo.example.com",
              default_pool_ids: ["a"],
              fallback_pool_id: "b",
              country_pools: [{ country: "US", pool_ids: ["a"] }],
              pop_pools: [{ pop: "LAX", pool_ids: ["b"] }],
              rules: [{ name: "r", condition: "true", overrides: [{ fallback_pool: "a", session_affinity_ttl: "1800" }] }],
            },
          },
        },
      }),
      "lb.tf.json",
    );
    expect(lb!.value).toEqual({
      id: "cloudflare_load_balancer.geo",
      name: "geo.example.com",
      default_pools: ["a"],
      fallback_pool: "b",
      country_pools: { US: ["a"] },
      pop_pools: { LAX: ["b"] },
      rules: [{ name: "r", condition: "true", overrides: { fallback_pool: "a", session_affinity_ttl: 1800 } }],
    });
    expect(lb!.pointerOf!("/default_pools/0")).toBe("/resource/cloudflare_load_balancer/geo/default_pool_ids/0");
    expect(lb!.pointerOf!("/country_pools/US/0")).toBe("/resource/cloudflare_load_balancer/geo/country_pools/0/pool_ids/0");
    expect(lb!.pointerOf!("/rules/0/overrides/fallback_pool")).toBe("/resource/cloudflare_load_balancer/geo/rules/0/overrides/0/fallback_pool");
  });

  it("a single block written as an object (JSON syntax) is a list of one", () => {
    const [pool] = resources('{"resource": {"cloudflare_load_balancer_pool": {"p": {"name": "p", "origins": {"name": "a", "address": "192.0.2.1"}}}}}', "p.tf.json");
    expect(pool!.value.origins).toEqual([{ name: "a", address: "192.0.2.1" }]);
    expect(pool!.pointerOf!("/origins/0/address")).toBe("/resource/cloudflare_load_balancer_pool/p/origins/address");
  });

  it("the root and a resource type may be arrays of objects too, as Terraform reads them", () => {
    const monitor = (name: string) => `{"${name}": {"type": "tcp", "port": 22}}`;
    const rooted = resources(`[{"resource": {"cloudflare_load_balancer_monitor": ${monitor("m")}}}]`, "r.tf.json");
    expect(rooted.map((r) => [r.value.id, r.pointer])).toEqual([["cloudflare_load_balancer_monitor.m", "/0/resource/cloudflare_load_balancer_monitor/m"]]);
    const typed = resources(`{"resource": {"cloudflare_load_balancer_monitor": [${monitor("m")}, ${monitor("n")}]}}`, "t.tf.json");
    expect(typed.map((r) => [r.value.id, r.pointer])).toEqual([
      ["cloudflare_load_balancer_monitor.m", "/resource/cloudflare_load_balancer_monitor/0/m"],
      ["cloudflare_load_balancer_monitor.n", "/resource/cloudflare_load_balancer_monitor/1/n"],
    ]);
    // Neither an object nor objects: nothing Terraform reads.
    expect(extractDocument(parseDocument("[1]", "x.tf.json")).unrecognised.map((u) => u.reason)).toEqual([
      "Terraform configuration in the JSON syntax must be an object, or an array of objects",
    ]);
  });

  it("converts primitives as Terraform does, and keeps escaped templates literal", () => {
    const [monitor] = resources(
      JSON.stringify({
        resource: {
          cloudflare_load_balancer_monitor: {
            m: { type: "http", port: "8080", expected_codes: 200, follow_redirects: "true", expected_body: "$${ok}", description: null },
          },
        },
      }),
      "m.tf.json",
    );
    expect(monitor!.value).toEqual({ id: "cloudflare_load_balancer_monitor.m", type: "http", port: 8080, expected_codes: "200", follow_redirects: true, expected_body: "${ok}" });
  });

  it("v5 origin header.host is the API's header.Host", () => {
    const pool = byId(fixture("v5.tf"), "cloudflare_load_balancer_pool.web");
    expect(pool.pointerOf!("/origins/0/header/Host/0")).toBe("/resource/cloudflare_load_balancer_pool/web/origins/0/header/host/0");
  });

  it("other resource types, data sources and blocks are passed over silently", () => {
    const document = parseDocument('provider "cloudflare" {}\nresource "aws_instance" "a" {\n  ami = "x"\n}\ndata "cloudflare_zone" "z" {}\n', "main.tf");
    expect(extractDocument(document)).toEqual({ resources: [], unrecognised: [], evidence: false });
  });
});

describe("unknown values", () => {
  it("unknown.tf: expressions, dynamic blocks and data sources are unknown fields, left out", () => {
    const found = fixture("unknown.tf");
    const summary = Object.fromEntries(found.map((r) => [r.value.id, { value: r.value, unknown: r.unknown }]));
    expect(summary["cloudflare_load_balancer_monitor.https"]).toEqual({
      value: { id: "cloudflare_load_balancer_monitor.https", type: "https", expected_codes: "200" },
      unknown: ["/header"],
    });
    expect(summary["cloudflare_load_balancer_monitor.http"]!.unknown).toEqual(["/description", "/interval", "/follow_redirects"]);
    expect(summary["cloudflare_load_balancer_pool.dynamic"]!.unknown).toEqual(["/name", "/monitor", "/origins"]);
    expect(summary["cloudflare_load_balancer_pool.computed"]!.unknown).toEqual(["/name", "/latitude", "/origins"]);
    expect(summary["cloudflare_load_balancer.www"]!.unknown).toEqual(["/name", "/default_pools", "/fallback_pool", "/ttl"]);
    // A function call as an object's value is an expression too (the dns name here).
    expect(summary["cloudflare_spectrum_application.ssh"]).toEqual({
      value: { id: "cloudflare_spectrum_application.ssh" },
      unknown: ["/protocol", "/dns", "/origin_direct"],
    });
  });

  describe("a rule across objects is silenced only where its finding rests on an unknown value", () => {
    const https = (name: string, header = "") =>
      `resource "cloudflare_load_balancer_monitor" "${name}" {\n  account_id = "a"\n  type       = "https"\n${header}}\n`;
    const pool = (name: string, monitor: string, header = "") =>
      `resource "cloudflare_load_balancer_pool" "${name}" {\n  account_id = "a"\n  name       = "${name}"\n  monitor    = ${monitor}\n` +
      `  origins    = [{ name = "o", address = "o.example.com"${header} }]\n}\n`;
    /** The lines of the rule's findings. */
    const findings = (text: string, ruleId: string) =>
      lintSources([{ path: "main.tf", text }]).results.flatMap((r) => r.findings.filter((f) => f.ruleId === ruleId).map((f) => f.line));
    const outline = (text: string) => findings(text, "monitor/https-without-host");

    it("a monitor whose Host is unknown silences its own finding, not the others", () => {
      // Before, none was reported: the probes of all three are worked out, b's Host read, before any finding.
      const text = https("a") + https("b", "  header     = { Host = [var.host] }\n") + https("c");
      expect(outline(text)).toEqual([3, 12]);
    });

    it("a pool's unknown origin Host silences the monitor it uses, not another", () => {
      const text = https("a") + https("c") + pool("p", "cloudflare_load_balancer_monitor.c.id", ", header = { host = [var.host] }");
      expect(outline(text)).toEqual([3]);
    });

    it("a pool whose monitor is unknown may use any of them: every finding is silenced", () => {
      expect(outline(https("a") + https("c") + pool("p", "var.monitor_id"))).toEqual([]);
    });

    const tcp = 'resource "cloudflare_load_balancer_monitor" "m" {\n  account_id = "a"\n  type       = "tcp"\n  port       = 22\n}\n';
    const lb = (name: string, pools: string) =>
      `resource "cloudflare_load_balancer" "${name}" {\n  zone_id       = "z"\n  name          = "${name}.example.com"\n` +
      `  default_pools = [${pools}]\n  fallback_pool = ${pools}\n}\n`;

    it("a pool whose monitor is unknown does not silence another pool's dangling monitor", () => {
      const text = tcp + pool("p1", "var.monitor_id") + pool("p2", "cloudflare_load_balancer_monitor.missing.id");
      expect(findings(text, "account/unknown-monitor")).toEqual([15]);
    });

    const steered = (name: string, policy: string, poolName: string) =>
      `resource "cloudflare_load_balancer" "${name}" {\n  zone_id         = "z"\n  name            = "${name}.example.com"\n` +
      `  steering_policy = ${policy}\n  default_pools   = [cloudflare_load_balancer_pool.${poolName}.id]\n` +
      `  fallback_pool   = cloudflare_load_balancer_pool.${poolName}.id\n}\n`;
    const bare = 'resource "cloudflare_load_balancer_pool" "bare" {\n  account_id = "a"\n  name       = "bare"\n  origins    = [{ name = "o", address = "192.0.2.10" }]\n}\n';

    it.each([
      ["load-balancer/dynamic-latency-without-monitor", '"dynamic_latency"'],
      ["load-balancer/proximity-without-coordinates", '"proximity"'],
    ])("%s: another load balancer's unknown steering does not silence it", (ruleId, policy) => {
      const text = bare + steered("first", "var.policy", "bare") + steered("second", policy, "bare");
      expect(findings(text, ruleId)).toEqual([17]);
    });

    const app = (name: string, dnsName: string) =>
      `resource "cloudflare_spectrum_application" "${name}" {\n  zone_id       = "z"\n  protocol      = "tcp/22"\n` +
      `  dns           = { type = "CNAME", name = ${dnsName} }\n  origin_direct = ["tcp://192.0.2.1:22"]\n}\n`;

    it("load-balancer/spectrum-hostname: another application's unknown name does not silence it", () => {
      const text = app("unknown", "var.name") + app("ssh", '"www.example.com"') + steered("www", '"off"', "bare") + bare;
      expect(findings(text, "load-balancer/spectrum-hostname")).toEqual([15]);
    });

    it("pool/origin-proxied: another load balancer's unknown name does not silence it", () => {
      const proxiedLb = (name: string, lbName: string) =>
        `resource "cloudflare_load_balancer" "${name}" {\n  zone_id       = "z"\n  name          = ${lbName}\n  proxied       = true\n` +
        `  default_pools = [cloudflare_load_balancer_pool.bare.id]\n  fallback_pool = cloudflare_load_balancer_pool.bare.id\n}\n`;
      const looping = 'resource "cloudflare_load_balancer_pool" "loop" {\n  account_id = "a"\n  name       = "loop"\n  origins    = [{ name = "o", address = "edge.example.com" }]\n}\n';
      const text = bare + proxiedLb("unknown", "var.name") + proxiedLb("edge", '"edge.example.com"') + looping;
      expect(findings(text, "pool/origin-proxied")).toEqual([23]);
    });

    it("a load balancer whose pools are unknown does not silence another's dangling pool", () => {
      const text = pool("p", "cloudflare_load_balancer_monitor.m.id") + tcp + lb("a", "var.pool_id") + lb("b", "cloudflare_load_balancer_pool.missing.id");
      expect(findings(text, "account/unknown-pool")).toEqual([21, 22]);
    });
  });

  it("plan: after_unknown fields are unknown; references in configuration resolve to the objects", () => {
    const plan = fixture("plan.json");
    expect(byId(plan, "cloudflare_load_balancer_pool.web").value.monitor).toBe("cloudflare_load_balancer_monitor.http");
    const lb = byId(plan, "cloudflare_load_balancer.www");
    expect(lb.value).toMatchObject({ default_pools: ["cloudflare_load_balancer_pool.web"], fallback_pool: "cloudflare_load_balancer_pool.web" });
    // Which key of a map holds which reference the plan does not say.
    expect(lb.unknown).toEqual(["/region_pools"]);

    const partial = byId(fixture("plan-unknown.json"), "cloudflare_load_balancer_pool.partial");
    expect(partial.unknown).toEqual(["/origins/0/address"]);
    expect(partial.value).toEqual({ id: "cloudflare_load_balancer_pool.partial", name: "partial", origins: [{ name: "a", weight: 1 }] });
  });

  it("plan values from provider v4 (blocks as lists) map like v4 configuration", () => {
    const plan = {
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [
            {
              address: "cloudflare_load_balancer_monitor.m",
              mode: "managed",
              type: "cloudflare_load_balancer_monitor",
              values: { type: "https", header: [{ header: "Host", values: ["a.example.com"] }], description: null },
            },
            {
              address: "cloudflare_spectrum_application.s[0]",
              mode: "managed",
              type: "cloudflare_spectrum_application",
              index: 0,
              values: { protocol: "tcp/3000-3001", dns: [{ type: "CNAME", name: "s.example.com" }], origin_port_range: [{ start: 3000, end: 3001 }] },
            },
          ],
        },
      },
    };
    const [monitor, app] = resources(JSON.stringify(plan), "plan.json");
    expect(monitor!.value).toEqual({ id: "cloudflare_load_balancer_monitor.m", type: "https", header: { Host: ["a.example.com"] } });
    expect(app!.value).toEqual({ id: "cloudflare_spectrum_application.s[0]", protocol: "tcp/3000-3001", dns: { type: "CNAME", name: "s.example.com" }, origin_port: "3000-3001" });
    expect(app!.label).toBe("cloudflare_spectrum_application.s[0]");
  });

  it("plan: references resolve in a module called with count or for_each, whose instance keys the configuration does not have", () => {
    const child = (key: string) => ({
      address: `module.edge${key}`,
      resources: [
        { address: `module.edge${key}.cloudflare_load_balancer_pool.p`, mode: "managed", type: "cloudflare_load_balancer_pool", values: { name: "p" } },
        { address: `module.edge${key}.cloudflare_load_balancer.l`, mode: "managed", type: "cloudflare_load_balancer", values: { name: "l.example.com" } },
      ],
    });
    const keys = ["[0]", '["eu.west"]'];
    const plan = {
      format_version: "1.2",
      planned_values: { root_module: { child_modules: keys.map(child) } },
      resource_changes: keys.map((key) => ({ address: `module.edge${key}.cloudflare_load_balancer.l`, change: { after_unknown: { default_pools: true, fallback_pool: true } } })),
      configuration: {
        root_module: {
          module_calls: {
            edge: {
              module: {
                resources: [
                  {
                    address: "cloudflare_load_balancer.l",
                    mode: "managed",
                    expressions: {
                      default_pools: { references: ["cloudflare_load_balancer_pool.p.id", "cloudflare_load_balancer_pool.p"] },
                      fallback_pool: { references: ["cloudflare_load_balancer_pool.p.id", "cloudflare_load_balancer_pool.p"] },
                    },
                  },
                ],
              },
            },
          },
        },
      },
    };
    const found = resources(JSON.stringify(plan), "plan.json");
    for (const key of keys) {
      const lb = byId(found, `module.edge${key}.cloudflare_load_balancer.l`);
      const pool = `module.edge${key}.cloudflare_load_balancer_pool.p`;
      expect(lb.value).toEqual({ id: `module.edge${key}.cloudflare_load_balancer.l`, name: "l.example.com", default_pools: [pool], fallback_pool: pool });
      expect(lb.unknown).toBeUndefined();
    }
  });

  it("a v4 block written no times (a plan's [] for it) is absent, not an array where the API wants an object", () => {
    const values = {
      app: { protocol: "tcp/22", dns: [{ type: "CNAME", name: "s.example.com" }], origin_direct: ["tcp://192.0.2.1:22"], origin_dns: [], edge_ips: [], origin_port_range: [] },
      lb: {
        name: "www.example.com",
        default_pool_ids: ["a"],
        fallback_pool_id: "a",
        adaptive_routing: [],
        location_strategy: [],
        random_steering: [],
        session_affinity_attributes: [],
        region_pools: [],
        country_pools: [],
        pop_pools: [],
        rules: [{ name: "r", condition: "true", overrides: [], fixed_response: [] }],
      },
      pool: { name: "p", load_shedding: [], origin_steering: [], origins: [{ name: "a", address: "192.0.2.1" }] },
    };
    const plan = {
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [
            { address: "cloudflare_spectrum_application.s", mode: "managed", type: "cloudflare_spectrum_application", values: values.app },
            { address: "cloudflare_load_balancer.l", mode: "managed", type: "cloudflare_load_balancer", values: values.lb },
            { address: "cloudflare_load_balancer_pool.p", mode: "managed", type: "cloudflare_load_balancer_pool", values: values.pool },
          ],
        },
      },
    };
    const [app, lb, pool] = resources(JSON.stringify(plan), "plan.json");
    expect(app!.value).toEqual({ id: "cloudflare_spectrum_application.s", protocol: "tcp/22", dns: { type: "CNAME", name: "s.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] });
    expect(lb!.value).toEqual({ id: "cloudflare_load_balancer.l", name: "www.example.com", default_pools: ["a"], fallback_pool: "a", rules: [{ name: "r", condition: "true" }] });
    expect(pool!.value).toEqual({ id: "cloudflare_load_balancer_pool.p", name: "p", origins: [{ name: "a", address: "192.0.2.1" }] });

    // The JSON syntax writes no blocks the same way; nothing about them is reported.
    const config = JSON.stringify({ resource: { cloudflare_spectrum_application: { s: values.app } } });
    const run = lintSources([{ path: "main.tf.json", text: config }]);
    expect(run.results[0]!.findings.map((f) => f.ruleId)).not.toContain("spectrum/schema");
    expect(run.results[0]!.findings.map((f) => f.ruleId)).not.toContain("spectrum/origin-conflict");
  });

  it("plan values are values: a ${ or %{ in one is text, not an expression left unknown", () => {
    const values = { type: "https", description: "uses ${var.x} and %{ if }", header: { Host: ["$${a}.example.com"] } };
    const plan = { format_version: "1.2", planned_values: { root_module: { resources: [{ address: "cloudflare_load_balancer_monitor.m", type: "cloudflare_load_balancer_monitor", values }] } } };
    const [monitor] = resources(JSON.stringify(plan), "plan.json");
    expect(monitor!.value).toEqual({ id: "cloudflare_load_balancer_monitor.m", ...values });
    expect(monitor!.unknown).toBeUndefined();
  });

  it("a reference to a resource in the same files resolves to its address, the resource's id", () => {
    const pool = byId(fixture("v4.tf"), "cloudflare_load_balancer_pool.web");
    expect(pool.value.monitor).toBe("cloudflare_load_balancer_monitor.http");
    expect(pool.unknown).toBeUndefined();
  });
});

describe("odd shapes never crash and are never read as something they are not", () => {
  it.each([
    ["main.tf.json", '{"resource": []}'],
    ["main.tf.json", '{"resource": {"cloudflare_load_balancer_pool": {"web": "x"}}}'],
    ["main.tf.json", '{"resource": {"cloudflare_load_balancer_pool": {"__proto__": {"name": "p", "origins": [{"header": [{"header": null}]}]}}}}'],
    ["main.tf.json", '{"resource": {"cloudflare_load_balancer": {"x": {"region_pools": [{"region": "${var.r}", "pool_ids": ["a"]}], "pop_pools": [1]}}}}'],
    ["main.tf", ""],
    ["main.tf", 'resource "cloudflare_load_balancer_monitor" {\n  type = "http"\n}\n'],
    ["plan.json", '{"format_version": "1", "planned_values": {"root_module": {"child_modules": [null, 1, {"resources": "x"}]}}}'],
  ])("%s %s", async (path, text) => {
    await loadParsers([path]);
    const document = parseDocument(text, path);
    expect(() => extractDocument(document)).not.toThrow();
  });

  it("a plan's after_unknown of another shape than the values leaves the known values alone", () => {
    const plan = {
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [{ address: "cloudflare_load_balancer_pool.x", type: "cloudflare_load_balancer_pool", values: { name: "x", origins: [{ address: "192.0.2.1" }] } }],
        },
      },
      resource_changes: [{ address: "cloudflare_load_balancer_pool.x", change: { after_unknown: [true] } }],
    };
    const [pool] = resources(JSON.stringify(plan), "plan.json");
    expect(pool!.value).toEqual({ id: "cloudflare_load_balancer_pool.x", name: "x", origins: [{ address: "192.0.2.1" }] });
  });
});

describe("addresses stand in for ids known only after apply", () => {
  it.each([
    ["cloudflare_load_balancer_pool.web", true],
    ["cloudflare_load_balancer.www", true],
    ['module.edge["eu.west"].cloudflare_load_balancer_monitor.http[0]', true],
    ['cloudflare_spectrum_application.ssh["a.b"]', true],
    ["17b5962d775c646f3f9725cbc7a53df4", false],
    ["aws_lb.web", false],
    ["cloudflare_load_balancer_pool", false],
    ["pool.cloudflare_load_balancer_pool", false],
  ])("%s is a Terraform address: %s", (id, expected) => {
    expect(isTerraformAddress(id)).toBe(expected);
  });
});

describe("override files", () => {
  it.each([
    ["override.tf", true],
    ["tf/override.tf.json", true],
    ["tf/lb_override.tf", true],
    ["tf/lb_override.tf.json", true],
    ["tf/myoverride.tf", false],
    ["tf/override.tfvars", false],
    ["tf/Override.tf", false],
    ["tf\\lb_override.tf", true],
    ["override.tf/main.tf", false],
    ["lb_override/main.tf", false],
  ])("%s is an override file: %s", (path, expected) => {
    expect(isOverrideFile(path)).toBe(expected);
  });

  const MONITOR_WEB = 'resource "cloudflare_load_balancer_monitor" "web" {\n  account_id = "a"\n  type       = "http"\n}\n';
  const POOL = [
    'resource "cloudflare_load_balancer_pool" "web" {',
    '  account_id = "a"',
    '  name       = "web"',
    "  monitor    = cloudflare_load_balancer_monitor.web.id",
    '  origins    = [{ name = "web-1", address = "192.0.2.10" }]',
    "}",
    "",
  ].join("\n");
  const MONITOR_OTHER = 'resource "cloudflare_load_balancer_monitor" "other" {\n  account_id = "a"\n  type       = "http"\n}\n';

  it("a block an override changes is checked neither there nor in its own file; references to it still resolve", () => {
    const run = lintSources([
      { path: "tf/main.tf", text: MONITOR_WEB + POOL + MONITOR_OTHER },
      { path: "./tf/main_override.tf", text: 'resource "cloudflare_load_balancer_monitor" "web" {\n  follow_redirects = true\n}\n' },
      // The same address in another directory is another module's block: checked.
      { path: "elsewhere/main.tf", text: MONITOR_WEB },
    ]);
    const outline = run.results.map((r) => [r.filePath, r.findings.map((f) => `${f.line} ${f.ruleId}`)]);
    expect(outline).toEqual([
      ["tf/main.tf", ["13 monitor/http-redirect"]],
      ["./tf/main_override.tf", []],
      ["elsewhere/main.tf", ["3 monitor/http-redirect"]],
    ]);
  });
});

describe("a block that declares no instance", () => {
  const monitor = (name: string, meta: string) =>
    `resource "cloudflare_load_balancer_monitor" "${name}" {\n  ${meta}\n  account_id = "a"\n  type       = "http"\n}\n`;
  const pool = (monitorName: string) =>
    [
      `resource "cloudflare_load_balancer_pool" "for_${monitorName}" {`,
      '  account_id = "a"',
      `  name       = "for-${monitorName}"`,
      `  monitor    = cloudflare_load_balancer_monitor.${monitorName}[0].id`,
      '  origins    = [{ name = "web-1", address = "192.0.2.10" }]',
      "}",
      "",
    ].join("\n");

  it("count = 0 or an empty for_each map: not checked, and references to it still resolve", () => {
    // A monitor that is checked, so that a reference to a monitor the run lacks would be reported.
    const tcp = 'resource "cloudflare_load_balancer_monitor" "tcp" {\n  account_id = "a"\n  type       = "tcp"\n  port       = 22\n}\n';
    const text = [monitor("off", "count = 0"), monitor("off_text", 'count = "0"'), monitor("none", "for_each = {}"), tcp, pool("off")].join("");
    const run = lintSources([{ path: "main.tf", text }]);
    expect(run.results.map((r) => r.findings.map((f) => `${f.line} ${f.ruleId}`))).toEqual([[]]);
  });

  it("a count or for_each that makes instances, or is known only at plan time, is checked", () => {
    const text = [
      monitor("one", "count = 1"),
      monitor("maybe", "count = var.enabled ? 1 : 0"),
      monitor("each", 'for_each = { a = "x" }'),
      monitor("each_var", "for_each = var.sites"),
    ].join("");
    const run = lintSources([{ path: "main.tf", text }]);
    expect(run.results.map((r) => r.findings.map((f) => `${f.line} ${f.ruleId}`))).toEqual([
      ["4 monitor/http-redirect", "9 monitor/http-redirect", "14 monitor/http-redirect", "19 monitor/http-redirect"],
    ]);
  });

  it("still counts as a declaration of its address", () => {
    const run = lintSources([{ path: "main.tf", text: monitor("web", "count = 0") + monitor("web", "count = 0") }]);
    expect(run.results[0]!.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(["6 core/parse-error"]);
  });
});

describe("a resource address declared twice in one module", () => {
  const MONITOR = (name: string) => `resource "cloudflare_load_balancer_monitor" "${name}" {\n  type = "tcp"\n  port = 22\n}\n`;
  const outline = (run: ReturnType<typeof lintSources>) => run.results.map((r) => [r.filePath, r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)]);
  const refused = (first: string) =>
    `core/parse-error duplicate resource "cloudflare_load_balancer_monitor" configuration: a cloudflare_load_balancer_monitor resource named "a" was already declared (first at ${first}); resource names must be unique per type in each module`;

  it("in two files of one directory: refused once, at the second in name order, naming the first (terraform: the same)", () => {
    const run = lintSources([
      { path: "tf/b.tf", text: MONITOR("a") },
      { path: "tf/a.tf.json", text: '{"resource": {"cloudflare_load_balancer_monitor": {"a": {"type": "tcp", "port": 22}}}}' },
      // An override file repeats the address by design; another directory is another module.
      { path: "tf/a_override.tf", text: MONITOR("a") },
      { path: "other/a.tf", text: MONITOR("a") + MONITOR("b") },
    ]);
    expect(outline(run)).toEqual([
      ["tf/b.tf", [`1:1 ${refused("tf/a.tf.json:1:52")}`]],
      ["tf/a.tf.json", []],
      ["tf/a_override.tf", []],
      ["other/a.tf", []],
    ]);
  });

  it("twice in one file through the JSON syntax's arrays", () => {
    const body = '{"type": "tcp", "port": 22}';
    const run = lintSources([
      { path: "a.tf.json", text: `{"resource": {"cloudflare_load_balancer_monitor": {"a": [${body},\n${body}]}}}` },
      { path: "b/r.tf.json", text: `{"resource": [{"cloudflare_load_balancer_monitor": {"a": ${body}}},\n{"cloudflare_load_balancer_monitor": {"a": ${body}}}]}` },
    ]);
    expect(outline(run)).toEqual([
      ["a.tf.json", [`2:1 ${refused("1:58")}`]],
      ["b/r.tf.json", [`2:39 ${refused("1:53")}`]],
    ]);
  });

  it("however the paths are written, and not with a hidden file or the same file given twice", () => {
    const absolute = join(process.cwd(), "tf/b.tf");
    const spelt = lintSources([
      { path: "tf/a.tf", text: MONITOR("a") },
      { path: absolute, text: MONITOR("a") },
    ]);
    expect(outline(spelt)).toEqual([
      ["tf/a.tf", []],
      [absolute, [`1:1 ${refused("tf/a.tf:1:1")}`]],
    ]);
    // Terraform reads no hidden file; stdin named like a file on disk is that file.
    const ignored = lintSources([
      { path: "tf/main.tf", text: MONITOR("a") },
      { path: "tf/.main.tf", text: MONITOR("a") },
      { path: "./tf/main.tf", text: MONITOR("a") },
    ]);
    expect(outline(ignored).map(([, findings]) => findings)).toEqual([[], [], []]);
  });

  it("resources of other names or types are others", () => {
    const run = lintSources([
      { path: "a.tf", text: MONITOR("a") + MONITOR("b") },
      { path: "b.tf", text: 'resource "cloudflare_load_balancer_pool" "a" {\n  name    = "a"\n  origins = [{ name = "o", address = "192.0.2.1" }]\n}\n' },
    ]);
    expect(outline(run)).toEqual([
      ["a.tf", []],
      ["b.tf", []],
    ]);
  });
});
