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
