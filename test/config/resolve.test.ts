import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LoadedConfig } from "../../src/config/load.js";
import { ProjectConfig } from "../../src/config/resolve.js";
import type { ConfigFile } from "../../src/config/load.js";
import { parseDocument } from "../../src/parse/index.js";

const ROOT = "/repo";

function project(value: ConfigFile, cwd = ROOT, configDir = ROOT) {
  const path = join(configDir, "cflint.config.json");
  const loaded: LoadedConfig = { path, value, document: parseDocument(JSON.stringify(value, null, 2), path) };
  return new ProjectConfig(loaded, cwd);
}

describe("ProjectConfig: rules and overrides", () => {
  const config = project({
    account: { plan: "enterprise", zones: ["example.com"], entitlements: { ftp: true }, quotas: { pools: 10, monitors: 10 } },
    rules: { "monitor/http-redirect": "error", "monitor/https-without-host": "warn", "spectrum/origin-address": "off" },
    overrides: [
      { files: ["staging/**"], account: { plan: "free", entitlements: { byoip: true }, quotas: { pools: 2 } }, rules: { "monitor/http-redirect": "off" } },
      { files: "**/legacy-*.json", rules: { "spectrum/origin-address": "warn" } },
    ],
  });

  it("maps warn to warning and keeps the base settings outside any override", () => {
    expect(config.settingsFor("prod/lb.json")).toEqual({
      account: { plan: "enterprise", zones: ["example.com"], entitlements: { ftp: true }, quotas: { pools: 10, monitors: 10 } },
      rules: { "monitor/http-redirect": "error", "monitor/https-without-host": "warning", "spectrum/origin-address": "off" },
    });
  });

  it("merges a matching override's account over the base one, nested facts key by key", () => {
    expect(config.settingsFor("staging/lb.json")).toEqual({
      account: { plan: "free", zones: ["example.com"], entitlements: { ftp: true, byoip: true }, quotas: { pools: 2, monitors: 10 } },
      rules: { "monitor/http-redirect": "off", "monitor/https-without-host": "warning", "spectrum/origin-address": "off" },
    });
  });

  it("applies every matching override in order", () => {
    expect(config.settingsFor("staging/old/legacy-app.json").rules).toEqual({
      "monitor/http-redirect": "off",
      "monitor/https-without-host": "warning",
      "spectrum/origin-address": "warning",
    });
  });

  it("gives files with the same effective account the same object, so they form one project", () => {
    const prod = config.settingsFor("prod/a.json").account;
    expect(config.settingsFor("prod/b.json").account).toBe(prod);
    // A rules-only override does not split the project.
    expect(config.settingsFor("prod/legacy-a.json").account).toBe(prod);
    const staging = config.settingsFor("staging/a.json").account;
    expect(staging).not.toBe(prod);
    expect(config.settingsFor("staging/sub/legacy-b.json").account).toBe(staging);
  });

  it("matches globs relative to the config's directory, whatever the working directory", () => {
    const nested = project({ overrides: [{ files: "staging/**", rules: { "monitor/http-redirect": "off" } }] }, "/repo/staging", "/repo");
    expect(nested.settingsFor("lb.json").rules).toEqual({ "monitor/http-redirect": "off" });
    expect(nested.settingsFor("../prod/lb.json").rules).toEqual({});
    expect(nested.settingsFor("/repo/staging/x/lb.json").rules).toEqual({ "monitor/http-redirect": "off" });
  });
});

describe("ProjectConfig: ignore", () => {
  const config = project({ ignore: ["fixtures/**", "*.draft.json"] }, "/repo/infra", "/repo");

  it("ignores files matching a glob relative to the config's directory", () => {
    expect(config.ignored("../fixtures/a.json")).toBe(true);
    expect(config.ignored("/repo/fixtures/deep/b.json")).toBe(true);
    expect(config.ignored("../x.draft.json")).toBe(true);
    // Relative to /repo, this is infra/x.draft.json: the glob has no **/, so it does not match.
    expect(config.ignored("x.draft.json")).toBe(false);
    expect(config.ignored("fixtures/a.json")).toBe(false);
  });

  it("always skips cflint's own files and the config itself", () => {
    expect(config.ignored("sub/cflint.config.json")).toBe(true);
    expect(config.ignored("cflint-baseline.json")).toBe(true);
    expect(new ProjectConfig(undefined, ROOT, undefined, ["old-findings.json"]).ignored("old-findings.json")).toBe(true);
    expect(new ProjectConfig(undefined, ROOT).ignored("lb.json")).toBe(false);
  });

  it("skips a file given to skip by its path, however written, and no other file of its name", () => {
    const skipping = new ProjectConfig(undefined, "/repo/infra", undefined, ["old-findings.json"]);
    expect(skipping.ignored("./old-findings.json")).toBe(true);
    expect(skipping.ignored("/repo/infra/old-findings.json")).toBe(true);
    expect(skipping.ignored("../infra/old-findings.json")).toBe(true);
    expect(skipping.ignored("sub/old-findings.json")).toBe(false);
    expect(skipping.ignored("/repo/old-findings.json")).toBe(false);
    expect(skipping.ignored("new-old-findings.json")).toBe(false);
  });
});

describe("ProjectConfig: without a config file", () => {
  it("gives every file the same default settings, with --kind", () => {
    const none = new ProjectConfig(undefined, ROOT, { kind: "pool" });
    expect(none.settingsFor("a.json")).toEqual({ account: {}, rules: {}, kind: "pool" });
    expect(none.settingsFor("b/c.json")).toBe(none.settingsFor("a.json"));
  });
});

describe("ProjectConfig: suppress entries", () => {
  const config = project({
    rules: { "core/unused-suppression": "error" },
    suppress: [
      { files: "lb/prod.json", pointer: "/pools/2", rule: "spectrum/origin-address", reason: "legacy" },
      { files: ["lb/*.json", "!lb/prod.json"], pointer: "", rule: "monitor/http-redirect", reason: "plain HTTP" },
    ],
  });

  it("gives each file the entries whose globs match it, the same objects every time", () => {
    const prod = config.settingsFor("lb/prod.json").suppress!;
    expect(prod.map((s) => s.rule)).toEqual(["spectrum/origin-address"]);
    expect(config.settingsFor("lb/stage.json").suppress!.map((s) => s.rule)).toEqual(["monitor/http-redirect"]);
    expect(config.settingsFor("other.json").suppress).toBeUndefined();
    expect(config.settingsFor("/repo/lb/prod.json").suppress![0]).toBe(prod[0]);
  });

  it("reports unused entries in the config file, at the entry, with the configured severity", () => {
    const entry = config.settingsFor("lb/prod.json").suppress![0]!;
    const stale = config.staleSuppressions({ results: [], neededFacts: { checks: 0, facts: [] }, unusedSuppressions: [entry], passedOver: [] });
    expect(stale?.filePath).toBe("cflint.config.json");
    expect(stale?.findings).toMatchObject([
      {
        ruleId: "core/unused-suppression",
        severity: "error",
        code: "stale-suppression",
        message: "nothing to suppress: spectrum/origin-address reports nothing at /pools/2 in lb/prod.json; remove this entry",
        pointer: "/suppress/0",
        line: 6,
        column: 5,
      },
    ]);
    expect(config.staleSuppressions({ results: [], neededFacts: { checks: 0, facts: [] }, unusedSuppressions: [], passedOver: [] })).toBeUndefined();
  });
});
