import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cflint, REPO } from "./run-cli.js";

const FORMATS = fileURLToPath(new URL("../fixtures/formats", import.meta.url));

describe("cflint check reads YAML, Terraform and plans", () => {
  it("a directory run picks every form up by extension and skips .terraform", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-formats-"));
    cpSync(FORMATS, dir, { recursive: true });
    mkdirSync(join(dir, ".terraform", "modules"), { recursive: true });
    writeFileSync(join(dir, ".terraform", "modules", "vendored.tf"), 'resource "cloudflare_load_balancer_monitor" "m" { type = "https" }\n');
    writeFileSync(join(dir, "notes.txt"), "not configuration\n");
    const { status, stdout } = cflint(["check", ".", "--format", "json"], { cwd: dir });
    expect(status).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; errorCount: number; messages: { ruleId: string }[] }[];
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r]));
    expect(Object.keys(byFile)).toEqual(["api.json", "bundle.yaml", "plan-unknown.json", "plan.json", "unknown.tf", "v4.tf", "v4.tf.json", "v5.tf", "v5.tf.json"]);
    for (const file of ["bundle.yaml", "plan.json", "v4.tf", "v4.tf.json", "v5.tf", "v5.tf.json"]) {
      expect(byFile[file]!.messages.map((m) => m.ruleId), file).toContain("spectrum/origin-conflict");
    }
    expect(byFile["unknown.tf"]!.errorCount).toBe(0);
    expect(byFile["plan-unknown.json"]!.errorCount).toBe(0);
  });

  it("stdin is read by the extension of --stdin-filename", () => {
    const run = cflint(["check", "--stdin-filename", "monitor.yaml"], { cwd: FORMATS, input: "type: https\ntimeout: 5\n" });
    expect(run.stdout).toContain("  1:7  warning  TLS unrecognized name  HTTPS monitor has no Host header");
    expect(run.status).toBe(0);
  });

  it("--kind still forces the kind of API objects, in YAML too", () => {
    const run = cflint(["check", "-", "--kind", "pool", "--stdin-filename", "pool.yml", "--format", "json"], {
      cwd: FORMATS,
      input: "name: web\n",
    });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string; line: number }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.message, m.line])).toEqual([["pool/schema", "`origins` is required", 1]]);
  });

  it("a JSON-only run loads neither the YAML nor the HCL parser", () => {
    const script = [
      `const { lintFiles } = await import(${JSON.stringify(join(REPO, "dist/src/engine/index.js"))});`,
      `await lintFiles(["api.json"], undefined, ${JSON.stringify(FORMATS)});`,
      `const { createRequire } = await import("node:module");`,
      `const loaded = Object.keys(createRequire(import.meta.url).cache);`,
      `console.log(JSON.stringify(loaded.filter((p) => /node_modules[\\\\/](yaml|codemirror-lang-hcl|@lezer)[\\\\/]/.test(p))));`,
    ].join("\n");
    const withYaml = script.replace('["api.json"]', '["api.json", "bundle.yaml"]');
    const run = (code: string) => spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).stdout.trim();
    expect(run(script)).toBe("[]");
    // The check can tell: a YAML file does load the YAML parser.
    expect(run(withYaml)).toMatch(/node_modules[\\/]yaml[\\/]/);
  });
});
