import { describe, expect, it } from "vitest";
import { extract, recognise } from "../../src/extract/index.js";

describe("recognise", () => {
  it.each([
    [{ type: "https", path: "/" }, "monitor"],
    [{ expected_codes: "200" }, "monitor"],
    [{ name: "p", origins: [] }, "pool"],
    [{ name: "lb.example.com", default_pools: ["a"], fallback_pool: "a" }, "load_balancer"],
    [{ protocol: "tcp/22", dns: { name: "a.example.com" } }, "spectrum_app"],
    [{ description: "nothing to go by" }, undefined],
  ])("%j is %s", (value, kind) => {
    expect(recognise(value)).toBe(kind);
  });
});

describe("extract", () => {
  const monitor = { type: "http" };
  const pool = { name: "p", origins: [] };

  it("a single object", () => {
    expect(extract(monitor).resources).toEqual([{ kind: "monitor", pointer: "", value: monitor }]);
  });

  it("an array", () => {
    expect(extract([monitor, pool]).resources.map((r) => [r.kind, r.pointer])).toEqual([
      ["monitor", "/0"],
      ["pool", "/1"],
    ]);
  });

  it("the API envelope around an object or an array", () => {
    expect(extract({ success: true, errors: [], result: monitor }).resources[0]?.pointer).toBe("/result");
    expect(extract({ success: true, result: [pool] }).resources[0]?.pointer).toBe("/result/0");
  });

  it("a bundle, whose keys decide the kind", () => {
    const bundle = { monitors: [{ description: "x" }], pools: [pool], load_balancers: [], spectrum_apps: [] };
    expect(extract(bundle).resources.map((r) => [r.kind, r.pointer])).toEqual([
      ["monitor", "/monitors/0"],
      ["pool", "/pools/0"],
    ]);
  });

  it("says why an object is not recognised", () => {
    const { resources, unrecognised } = extract([{ description: "?" }, 42]);
    expect(resources).toEqual([]);
    expect(unrecognised.map((u) => u.pointer)).toEqual(["/0", "/1"]);
    expect(unrecognised[0]?.reason).toMatch(/use --kind/);
    expect(unrecognised[1]?.reason).toBe("expected an object, got a number");
  });

  it("a bundle key that is not an array", () => {
    expect(extract({ pools: {} }).unrecognised).toEqual([
      { pointer: "/pools", reason: '"pools" in a bundle must be an array, got an object' },
    ]);
  });

  it("--kind forces the kind", () => {
    expect(extract({ description: "x" }, "pool").resources[0]?.kind).toBe("pool");
  });
});

describe("extract: a near miss of a field that identifies a kind", () => {
  const origins = [{ name: "a", address: "192.0.2.1" }];
  const pools = ["17b5962d775c646f3f9725cbc7a53df4"];

  it.each([
    [{ name: "p", orgins: origins }, "/orgins", '"orgins" is not a field of any object cflint knows; did you mean "origins" (a pool)?'],
    [{ name: "p", origns: origins }, "/origns", '"origns" is not a field of any object cflint knows; did you mean "origins" (a pool)?'],
    [{ Name: "p", Origins: origins }, "/Origins", '"Origins" is not a field of any object cflint knows; did you mean "origins" (a pool)?'],
    [{ path: "/health", expected_code: "200" }, "/expected_code", '"expected_code" is not a field of any object cflint knows; did you mean "expected_codes" (a monitor)?'],
    [{ path: "/health", consecutive_ups: 2 }, "/consecutive_ups", '"consecutive_ups" is not a field of any object cflint knows; did you mean "consecutive_up" (a monitor)?'],
    [{ name: "lb", session_afinity: "cookie" }, "/session_afinity", '"session_afinity" is not a field of any object cflint knows; did you mean "session_affinity" (a load balancer)?'],
    [{ dns: { name: "ssh.example.com" }, origin_directs: ["tcp://192.0.2.1:22"] }, "/origin_directs", '"origin_directs" is not a field of any object cflint knows; did you mean "origin_direct" (a Spectrum application)?'],
    [{ name: "lb", default_pool_ids: pools, fallback_pool_id: pools[0] }, "/default_pool_ids", '"default_pool_ids" is the Terraform provider\'s name (v4); in API JSON it is "default_pools" (a load balancer)'],
    [{ name: "lb", fallback_pool_id: pools[0] }, "/fallback_pool_id", '"fallback_pool_id" is the Terraform provider\'s name (v4); in API JSON it is "fallback_pool" (a load balancer)'],
    [{ dns: { name: "a.example.com" }, origin_port_range: { start: 80, end: 89 } }, "/origin_port_range", '"origin_port_range" is the Terraform provider\'s name (v4); in API JSON it is "origin_port" (a Spectrum application)'],
  ])("%j: evidence, and the finding at the key says what it meant", (value, pointer, reason) => {
    const { resources, unrecognised, evidence } = extract([{ description: "first, with no near miss" }, value]);
    expect(resources).toEqual([]);
    expect(evidence).toBe(true);
    expect(unrecognised).toEqual([
      { pointer: "/0", reason: expect.stringMatching(/^it has none of the fields that identify a monitor/) },
      { pointer: `/1${pointer}`, reason, target: "key" },
    ]);
  });

  it("an object recognised only by a field other tools' files have too is evidence by a near miss", () => {
    const lb = { name: "lb", proxied: true, default_pool_ids: pools };
    expect(extract(lb)).toEqual({ resources: [{ kind: "load_balancer", pointer: "", value: lb }], unrecognised: [], evidence: true });
    expect(extract({ interval: 60, path: "/health", expected_code: "200" }).evidence).toBe(true);
  });

  // Each a near miss that counts, beside a lookalike from another tool's file that must not.
  it.each([
    ["CORS's singular", { orgins: origins }, { origin: "https://a.example" }],
    ["CORS's singular, capitalised, even holding objects", { Origins: origins }, { Origin: [{ url: "https://a.example" }] }],
    ["CORS's list of strings", { Origins: origins }, { Origins: ["https://a.example"] }],
    ["the exact name holding strings", { orgins: origins }, { origins: ["https://a.example"] }],
    ["two edits away", { origns: origins }, { originals: [{ id: 1 }] }],
    ["Kubernetes' camelCase", { session_afinity: "cookie" }, { sessionAffinity: "ClientIP" }],
    ["an HTTP client's camelCase", { follow_redirets: true }, { followRedirects: true }],
    ["a hyphen for the underscore", { origin_directs: ["tcp://192.0.2.1:22"] }, { "origin-direct": ["tcp://192.0.2.1:22"] }],
    ["a v4 name, singular", { default_pool_ids: pools }, { default_pool_id: pools[0] }],
    ["words of other tools' files", { expected_code: "200" }, { timeout: 2000, protocols: ["h2"], interval: 5, method: "GET", type: "module", port: 80 }],
    ["a package.json", { consecutive_ups: 2 }, { name: "x", version: "1.0.0", description: "y", scripts: { test: "vitest" }, type: "commonjs" }],
  ])("%s", (_, counts, lookalike) => {
    expect(extract(counts).evidence).toBe(true);
    expect(extract(lookalike).evidence).toBe(false);
  });
});
