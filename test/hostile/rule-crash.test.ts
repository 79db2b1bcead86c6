import fs, { mkdtempSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RULES } from "../../rules/index.js";
import { lintSources } from "../../src/engine/index.js";
import { defineProjectRule, type ResourceRule, type Rule } from "../../src/engine/rule.js";

// Hoisted with the mocks below, which run before the imports: a plain object, as defineRule returns it.
const { crashesOnHttp, withCrash } = vi.hoisted(() => {
  const crashesOnHttp = {
    id: "monitor/crashes-on-http",
    kinds: ["monitor"],
    severity: "error",
    predicts: "1002",
    description: "A rule with a bug",
    check(monitor: { type?: unknown }) {
      if (monitor.type === "http") throw new TypeError("cannot read properties of undefined (reading 'length')");
    },
  } as ResourceRule;
  const withCrash = async (importOriginal: () => Promise<{ RULES: readonly Rule[] }>) => ({
    RULES: [crashesOnHttp, ...(await importOriginal()).RULES],
  });
  return { crashesOnHttp, withCrash };
});

const projectCrash = defineProjectRule({
  id: "pool/crashes-across-files",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
  description: "A project rule with a bug",
  checkProject(project) {
    if (project.of("pool").length > 0) throw new RangeError("Maximum call stack size exceeded");
  },
});

// The engine's default rules come from rules/index.ts: add one with a bug, in the sources the
// library tests import and in the build the CLI runs (its version comes from the built layout).
vi.mock("../../rules/index.js", withCrash);
vi.mock("../../dist/rules/index.js", withCrash);

const sources = [
  { path: "a.json", text: '{"type": "http"}' },
  { path: "b.json", text: '{"type": "https"}' },
];

describe("a rule that throws", () => {
  it("becomes core/rule-crashed naming the rule and the file; the other rules and files still run", () => {
    expect(RULES[0]).toBe(crashesOnHttp);
    const { results } = lintSources(sources);
    expect(results.map((r) => [r.filePath, r.findings.map((f) => [f.ruleId, f.severity, f.code, f.message])])).toEqual([
      [
        "a.json",
        [
          ["core/rule-crashed", "error", "internal", "rule monitor/crashes-on-http crashed on a.json: cannot read properties of undefined (reading 'length')"],
          ["monitor/http-redirect", "warning", "Response code mismatch", expect.stringMatching(/^HTTP monitor does not follow redirects/)],
        ],
      ],
      ["b.json", [["monitor/https-without-host", "warning", "TLS unrecognized name", expect.any(String)]]],
    ]);
  });

  it("cannot be turned off or suppressed", () => {
    const settings = { account: {}, rules: { "core/rule-crashed": "off" as const, "monitor/crashes-on-http": "error" as const } };
    const text = '{\n  // cflint-disable-next-line core/rule-crashed -- hide it\n  "type": "http", "follow_redirects": true\n}';
    const { results } = lintSources([{ path: "a.jsonc", text }], () => settings);
    expect(results[0]!.findings.map((f) => f.ruleId)).toContain("core/rule-crashed");
  });

  it("in a project rule, is reported once, in the first file of the project, naming the files checked together", () => {
    const pools = [
      { path: "p1.json", text: '{"name": "p1", "origins": [{"name": "a", "address": "192.0.2.1"}]}' },
      { path: "p2.json", text: '{"name": "p2", "origins": [{"name": "b", "address": "192.0.2.2"}]}' },
    ];
    const { results } = lintSources(pools, undefined, [projectCrash, ...RULES]);
    expect(results.map((r) => [r.filePath, r.findings.map((f) => f.message)])).toEqual([
      ["p1.json", ["rule pool/crashes-across-files crashed on the objects of 2 files checked together: Maximum call stack size exceeded"]],
      ["p2.json", []],
    ]);
  });
});

describe("the CLI with a rule that throws", () => {
  const out: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    syncBuiltinESMExports();
    out.length = 0;
  });

  it("prints the crash with the other findings and exits 2, so CI does not pass", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-crash-"));
    writeFileSync(join(dir, "a.json"), '{"type": "http", "follow_redirects": true}\n');
    writeFileSync(join(dir, "b.json"), '{"type": "https"}\n');
    // The CLI writes its report to descriptor 1 (writeStdout); the named import it uses follows
    // the module's property once synced.
    const writeSync = fs.writeSync;
    vi.spyOn(fs, "writeSync").mockImplementation(((fd: number, data: Uint8Array, offset: number) => {
      if (fd !== 1) return writeSync(fd, data, offset);
      out.push(Buffer.from(data).subarray(offset).toString("utf8"));
      return data.length - offset;
    }) as typeof fs.writeSync);
    syncBuiltinESMExports();
    const built = "../../dist/src/cli/program.js";
    const { run } = (await import(built)) as typeof import("../../src/cli/program.js");
    const [a, b] = [join(dir, "a.json"), join(dir, "b.json")];
    expect(await run(["check", a, b, "--no-config"])).toBe(2);
    expect(out.join("")).toBe(
      [
        "",
        a,
        `  1:1  error  internal  rule monitor/crashes-on-http crashed on ${a}: cannot read properties of undefined (reading 'length')  core/rule-crashed`,
        "",
        b,
        "  1:10  warning  TLS unrecognized name  HTTPS monitor has no Host header, so no SNI name is sent and an origin that needs one refuses the handshake. Set \"header\": {\"Host\": [\"<hostname>\"]}  monitor/https-without-host",
        "",
        "✖ 2 problems (1 error, 1 warning)",
        "",
      ].join("\n"),
    );
  });
});
