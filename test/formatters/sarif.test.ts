import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/finding.js";
import { lintSources, type LintRun } from "../../src/engine/lint.js";
import { allRules, findRule, ruleDocsUrl } from "../../src/engine/registry.js";
import { formatSarif } from "../../src/formatters/sarif.js";
import { packageInfo } from "../../src/package.js";
import { HAVE_SARIF_SCHEMA, sarifSchemaErrors, tempRepo } from "./helpers.js";

const SPECTRUM_BOTH = `{
  "protocol": "tcp/22",
  "dns": { "type": "CNAME", "name": "ssh.example.com" },
  "origin_direct": ["tcp://2001:db8::5:22"],
  "origin_dns": { "name": "origin.example.com" },
  "origin_port": 22
}`;
const MONITOR_HTTP = `{"type": "http", "path": "/healthz", "expected_codes": "200"}`;
const NO_FACTS = { checks: 0, facts: [] };

// Loose typing of the parts of a SARIF log the tests read.
type Sarif = {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Record<string, any>[];
    properties: Record<string, unknown>;
  }[];
};

function sarif(run: LintRun, cwd: string): Sarif {
  return JSON.parse(formatSarif({ results: run.results, cwd, neededFacts: run.neededFacts, color: false }));
}

function lint(files: Record<string, string>): LintRun {
  return lintSources(Object.entries(files).map(([path, text]) => ({ path, text })));
}

describe("--format sarif", () => {
  it("one run: the driver, every rule, results with rule index, level, code, a full region and a repo-relative uri", () => {
    const { root, sub } = tempRepo();
    const log = sarif(lint({ "spectrum/apps.json": SPECTRUM_BOTH, "monitor.json": MONITOR_HTTP }), sub);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({
      name: "cflint",
      version: packageInfo().version,
      informationUri: "https://github.com/cflint/cflint",
    });
    expect(run!.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: pathToFileURL(root).href + "/" } });

    const rules = run!.tool.driver.rules;
    const conflictRule = findRule("spectrum/origin-conflict")!;
    expect(rules.map((r) => r.id)).toEqual(allRules().map((r) => r.id));
    expect(rules.find((r) => r.id === "spectrum/origin-conflict")).toEqual({
      id: "spectrum/origin-conflict",
      shortDescription: { text: conflictRule.description },
      fullDescription: { text: expect.stringContaining(`${conflictRule.description}. Predicts 11000 (Invalid origin configuration): `) },
      helpUri: ruleDocsUrl("spectrum/origin-conflict"),
      defaultConfiguration: { level: "error" },
      properties: { predicts: "11000" },
    });

    const conflict = run!.results.find((r) => r.ruleId === "spectrum/origin-conflict")!;
    expect(conflict).toEqual({
      ruleId: "spectrum/origin-conflict",
      ruleIndex: rules.findIndex((r) => r.id === "spectrum/origin-conflict"),
      level: "error",
      message: { text: "11000: both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "infra/spectrum/apps.json", uriBaseId: "%SRCROOT%" },
            region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 15 },
          },
        },
      ],
      partialFingerprints: { "cflint/v1": expect.stringMatching(/^[0-9a-f]{32}$/) },
      // The two suggestions; their edits are checked below.
      fixes: [
        expect.objectContaining({ description: { text: 'remove "origin_dns" and "origin_port"' } }),
        expect.objectContaining({ description: { text: 'remove "origin_direct"' } }),
      ],
      properties: { code: "11000", pointer: "/origin_dns" },
    });
    const redirect = run!.results.find((r) => r.ruleId === "monitor/http-redirect")!;
    expect(redirect.level).toBe("warning");
    expect(redirect.message.text).toMatch(/^Response code mismatch: HTTP monitor does not follow redirects/);
    expect(redirect.locations[0].physicalLocation.artifactLocation.uri).toBe("infra/monitor.json");
    for (const result of run!.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it("puts the count of checks that need account facts in the run's properties", () => {
    const { sub } = tempRepo();
    const none = sarif(lint({ "a.json": MONITOR_HTTP }), sub);
    expect(none.runs[0]!.properties).toEqual({ neededFacts: { checks: 0, facts: [] } });
    const some = JSON.parse(
      formatSarif({ results: [], cwd: sub, neededFacts: { checks: 4, facts: ["plan", "zones"] }, color: false }),
    ) as Sarif;
    expect(some.runs[0]!.properties).toEqual({ neededFacts: { checks: 4, facts: ["account.plan", "account.zones"] } });
  });

  it("percent-encodes uris, and names files outside the repository by absolute file uri", () => {
    const { root, sub } = tempRepo();
    const outside = join(root, "..", "elsewhere.json");
    const log = sarif(lint({ "my apps#1.json": SPECTRUM_BOTH, [outside]: SPECTRUM_BOTH }), sub);
    const locations = log.runs[0]!.results.map((r) => r.locations[0].physicalLocation.artifactLocation);
    expect(locations).toContainEqual({ uri: "infra/my%20apps%231.json", uriBaseId: "%SRCROOT%" });
    expect(locations).toContainEqual({ uri: pathToFileURL(outside).href });
  });

  it("uses the working directory as the repository root when no .git is above it", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-norepo-"));
    const log = sarif(lint({ "a.json": MONITOR_HTTP }), dir);
    expect(log.runs[0]!.originalUriBaseIds["%SRCROOT%"]!.uri).toBe(pathToFileURL(dir).href + "/");
    expect(log.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation.uri).toBe("a.json");
  });

  describe("partialFingerprints", () => {
    const base = {
      ruleId: "spectrum/origin-address",
      severity: "error",
      code: "11002",
      message: "x",
      pointer: "/origin_direct/0",
      line: 4,
      column: 21,
      endLine: 4,
      endColumn: 43,
      fingerprint: "value-1",
    } as const;
    type Fingerprinted = Finding & { fingerprint?: string };
    const fingerprintsOf = (files: Record<string, Fingerprinted[]>) => {
      const { sub } = tempRepo();
      const results = Object.entries(files).map(([filePath, findings]) => ({ filePath, findings }));
      const log = JSON.parse(formatSarif({ results, cwd: sub, neededFacts: NO_FACTS, color: false })) as Sarif;
      return log.runs[0]!.results.map((r) => r.partialFingerprints["cflint/v1"] as string);
    };

    it("stay the same when lines move or formatting changes", () => {
      const { sub } = tempRepo();
      const of = (text: string) => sarif(lint({ "apps.json": text }), sub).runs[0]!.results.map((r) => r.partialFingerprints);
      const moved = "\n\n\n" + SPECTRUM_BOTH.replace(/\n {2}/g, "\n      ");
      expect(of(moved)).toEqual(of(SPECTRUM_BOTH));
      const [same, elsewhere] = fingerprintsOf({ "a.json": [base, { ...base, line: 40, column: 3, endLine: 41, endColumn: 1 }] });
      expect(elsewhere).toBe(`${same}:2`);
    });

    it("change with the offending value (the engine's fingerprint), the rule, the file and the pointer", () => {
      const [original, otherValue, otherRule, otherPointer, noValue] = fingerprintsOf({
        "a.json": [
          base,
          { ...base, fingerprint: "value-2" },
          { ...base, ruleId: "spectrum/origin-conflict" },
          { ...base, pointer: "/origin_direct/1" },
          { ...base, fingerprint: undefined },
        ],
      });
      const [otherFile] = fingerprintsOf({ "b.json": [base] });
      const all = [original, otherValue, otherRule, otherPointer, noValue, otherFile];
      expect(all.every((f) => /^[0-9a-f]{32}$/.test(f!))).toBe(true);
      expect(new Set(all).size).toBe(6);
      expect(fingerprintsOf({ "a.json": [{ ...base, message: "reworded" }] })).toEqual([original]);
    });

    it("are unique within a run when the same finding repeats", () => {
      const [first, second, third] = fingerprintsOf({ "a.json": [base, base, base] });
      expect([second, third]).toEqual([`${first}:2`, `${first}:3`]);
    });
  });

  it("turns a finding's fix into a SARIF fix replacing the same characters", () => {
    const { sub } = tempRepo();
    const run = lint({ "apps.json": SPECTRUM_BOTH });
    const address = run.results[0]!.findings.find((f) => f.ruleId === "spectrum/origin-address")!;
    const start = SPECTRUM_BOTH.indexOf("2001:db8::5:22");
    const withFix = { ...address, fix: { range: [start, start + "2001:db8::5".length] as const, text: "[2001:db8::5]" } };
    const log = JSON.parse(
      formatSarif({ results: [{ filePath: "apps.json", findings: [withFix] }], cwd: sub, neededFacts: NO_FACTS, color: false }),
    ) as Sarif;
    expect(log.runs[0]!.results[0]!.fixes).toEqual([
      {
        description: { text: "fix" },
        artifactChanges: [
          {
            artifactLocation: { uri: "infra/apps.json", uriBaseId: "%SRCROOT%" },
            replacements: [{ deletedRegion: { charOffset: start, charLength: 11 }, insertedContent: { text: "[2001:db8::5]" } }],
          },
        ],
      },
    ]);
    expect(sarif(lint({ "bad.json": "{" }), sub).runs[0]!.results[0]).not.toHaveProperty("fixes");
  });

  it("carries the engine's fix first, then each suggestion with its description", () => {
    const { sub } = tempRepo();
    const run = lint({ "apps.json": SPECTRUM_BOTH });
    const [address, conflict] = run.results[0]!.findings;
    const results = sarif(run, sub).runs[0]!.results;
    const change = (range: readonly [number, number], text: string) => [
      {
        artifactLocation: { uri: "infra/apps.json", uriBaseId: "%SRCROOT%" },
        replacements: [{ deletedRegion: { charOffset: range[0], charLength: range[1] - range[0] }, insertedContent: { text } }],
      },
    ];
    expect(results[0]!.fixes).toEqual([{ description: { text: "fix" }, artifactChanges: change(address!.fix!.range, address!.fix!.text) }]);
    expect(results[1]!.fixes).toEqual(
      conflict!.suggestions!.map((s) => ({ description: { text: s.desc }, artifactChanges: change(s.fix.range, s.fix.text) })),
    );
    expect(results[1]!.fixes.map((f: { description: { text: string } }) => f.description.text)).toEqual([
      'remove "origin_dns" and "origin_port"',
      'remove "origin_direct"',
    ]);
  });
});

const SCHEMA_SUITE = "--format sarif against the SARIF 2.1.0 schema (needs ../shared/schemas/sarif-schema-2.1.0.json; skipped without it)";
describe.skipIf(!HAVE_SARIF_SCHEMA)(SCHEMA_SUITE, () => {
  it("a run with findings is valid", () => {
    const { sub } = tempRepo();
    const text = formatSarif({
      ...lint({ "apps.json": SPECTRUM_BOTH, "m.json": MONITOR_HTTP, "bad.json": "{" }),
      cwd: sub,
      neededFacts: { checks: 2, facts: ["plan"] },
      color: false,
    });
    const log = JSON.parse(text) as Sarif;
    expect(log.runs[0]!.results.length).toBe(4);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("a run with fixes is valid", () => {
    const { sub } = tempRepo();
    const run = lint({ "apps.json": SPECTRUM_BOTH });
    const findings = run.results[0]!.findings.map((f) => ({ ...f, fix: { range: [10, 12] as const, text: "x" } }));
    const log = JSON.parse(
      formatSarif({ results: [{ filePath: "apps.json", findings }], cwd: sub, neededFacts: NO_FACTS, color: false }),
    ) as Sarif;
    expect(log.runs[0]!.results.every((r) => r.fixes[0].description.text === "fix")).toBe(true);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("a run with zero findings is valid", () => {
    const { sub } = tempRepo();
    const log = sarif(lint({ "clean.json": "[]" }), sub);
    expect(log.runs[0]!.results).toEqual([]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("stdin and files outside the repository are valid", () => {
    const { root, sub } = tempRepo();
    const log = sarif(lint({ "<stdin>": SPECTRUM_BOTH, [join(root, "../x.json")]: MONITOR_HTTP }), sub);
    expect(log.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation).toEqual({
      description: { text: "standard input" },
    });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("the validator does reject a broken log", () => {
    const { sub } = tempRepo();
    const log = sarif(lint({ "apps.json": SPECTRUM_BOTH }), sub);
    log.runs[0]!.results[0]!.level = "fatal";
    delete (log.runs[0]!.tool.driver as Partial<Sarif["runs"][0]["tool"]["driver"]>).name;
    expect(sarifSchemaErrors(log).length).toBeGreaterThan(0);
  });
});
