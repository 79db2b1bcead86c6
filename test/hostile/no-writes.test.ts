import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { cflint } from "../cli/run-cli.js";

/** Every entry under `dir` with its mtime and a hash of its content: any write changes it. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (path: string) => {
    const info = statSync(path);
    const content = info.isDirectory() ? readdirSync(path).sort().join("\n") : readFileSync(path);
    out[relative(dir, path) || "."] = `${info.mtimeMs} ${createHash("sha256").update(content).digest("hex")}`;
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return out;
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "cflint-nowrite-"));
  mkdirSync(join(dir, ".git"));
  mkdirSync(join(dir, "lb"));
  writeFileSync(join(dir, "cflint.config.json"), '{"account": {"plan": "pro"}, "rules": {"monitor/http-redirect": "error"}}\n');
  writeFileSync(join(dir, "lb", "monitor.json"), '{"type": "http"}\n');
  writeFileSync(join(dir, "lb", "broken.json"), '{"type": \n');
  writeFileSync(join(dir, "lb", "notes.jsonc"), '// cflint-disable-next-line monitor/http-redirect -- legacy\n{"type": "http"}\n');
  return dir;
}

describe("cflint writes nothing unless asked", () => {
  it("check, in every format, with a baseline, and the other commands leave the tree as it was", () => {
    const dir = project();
    const baseline = cflint(["check", ".", "--write-baseline", "cflint-baseline.json"], { cwd: dir });
    expect(baseline.status).toBe(1);
    const before = snapshot(dir);
    const runs = [
      ["check", "."],
      ["check", "lb", "-f", "json"],
      ["check", ".", "--baseline", "cflint-baseline.json"],
      ["check", "lb/monitor.json", "--quiet", "--max-warnings", "0"],
      ["check", "-", "--stdin-filename", "lb/monitor.json"],
      ["rules"],
      ["explain", "11000"],
    ];
    for (const args of runs) expect(cflint(args, { cwd: dir, input: '{"type": "http"}' }).status, args.join(" ")).not.toBeNull();
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it("--output-file writes that one file only", () => {
    const dir = project();
    const before = snapshot(dir);
    expect(cflint(["check", "lb", "-o", "report.txt"], { cwd: dir }).status).toBe(1);
    const after = snapshot(dir);
    expect(Object.keys(after).filter((k) => !(k in before))).toEqual(["report.txt"]);
    expect(readFileSync(join(dir, "report.txt"), "utf8")).toContain("lb/broken.json");
    // Only the directory listing that gained the report changed.
    for (const key of Object.keys(before).filter((k) => k !== ".")) expect(after[key], key).toBe(before[key]);
  });

  it("an --output-file that cannot be written leaves no temporary file behind and exits 2", () => {
    const dir = project();
    mkdirSync(join(dir, "report.txt"));
    const before = snapshot(dir);
    const run = cflint(["check", "lb", "-o", "report.txt"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cflint: cannot write report\.txt\b[^\n]*EISDIR[^\n]*\n$/);
    // The directory's mtime moves as the temporary file comes and goes; its listing does not.
    const contentOnly = (s: Record<string, string>) => ({ ...s, ".": s["."]!.split(" ")[1] });
    expect(contentOnly(snapshot(dir))).toEqual(contentOnly(before));
  });
});
