import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { FORMATS, type FormatName } from "../../src/formatters/index.js";
import { cflint as runCli, FIXTURES, REPO, type CliResult } from "./run-cli.js";

// Every test here spawns cflint several times, so slow machines get more time; runs that only
// read fixtures are spawned once and remembered.
const SPAWNING = { timeout: 30_000 };
const remembered = new Map<string, CliResult>();
function cflint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const key = JSON.stringify([args, options]);
  if (args.includes("-o")) return runCli(args, options);
  if (!remembered.has(key)) remembered.set(key, runCli(args, options));
  return remembered.get(key)!;
}

/** How many findings each format's report holds, read the way its consumers read it. */
const COUNT: Record<FormatName, (report: string) => number> = {
  stylish: (out) => out.split("\n").filter((line) => /^ {2}\d+:\d+ /.test(line)).length,
  json: (out) => (JSON.parse(out) as { messages: unknown[] }[]).reduce((n, file) => n + file.messages.length, 0),
  sarif: (out) => (JSON.parse(out) as { runs: { results: unknown[] }[] }).runs[0]!.results.length,
  github: (out) => out.split("\n").filter((line) => /^::(error|warning) /.test(line)).length,
  junit: (out) => out.split("<failure ").length - 1,
};

/** Whether stdout is exactly one report in the format, with nothing else mixed in. */
function wellFormed(format: FormatName, out: string): boolean {
  switch (format) {
    case "stylish":
      return true;
    case "json":
    case "sarif":
      return JSON.parse(out) !== undefined;
    case "github":
      return out.split("\n").every((line) => line === "" || line.startsWith("::"));
    case "junit":
      return XMLValidator.validate(out) === true;
  }
}

// monitor-http.json holds one warning, spectrum-both.json two errors.
describe.each(FORMATS)("--format %s", SPAWNING, (format) => {
  it("prints the report alone on stdout and nothing on stderr", () => {
    const run = cflint(["check", "-f", format, "monitor-http.json", "spectrum-both.json", "clean.json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(wellFormed(format, run.stdout)).toBe(true);
    expect(COUNT[format](run.stdout)).toBe(3);
  });

  it("--quiet reports errors only, and --max-warnings still counts the warnings it hides, as in ESLint", () => {
    const run = cflint(["check", "-f", format, "--quiet", "monitor-http.json", "spectrum-both.json"]);
    expect(run.status).toBe(1);
    expect(COUNT[format](run.stdout)).toBe(2);
    const warningsOnly = cflint(["check", "-f", format, "--quiet", "--max-warnings", "0", "monitor-http.json"]);
    expect(warningsOnly.status).toBe(1);
    expect(warningsOnly.stderr).toBe("cflint: 1 warning (not shown under --quiet), more than --max-warnings 0\n");
    expect(COUNT[format](warningsOnly.stdout)).toBe(0);
    expect(cflint(["check", "-f", format, "--quiet", "--max-warnings", "1", "monitor-http.json"])).toMatchObject({ status: 0, stderr: "" });
  });

  it("--max-warnings fails the run only when the warnings exceed it, and says so on stderr", () => {
    expect(cflint(["check", "-f", format, "monitor-http.json"]).status).toBe(0);
    expect(cflint(["check", "-f", format, "--max-warnings", "1", "monitor-http.json"])).toMatchObject({ status: 0, stderr: "" });
    const exceeded = cflint(["check", "-f", format, "--max-warnings", "0", "monitor-http.json"]);
    expect(exceeded.status).toBe(1);
    expect(exceeded.stderr).toBe("cflint: 1 warning, more than --max-warnings 0\n");
    expect(COUNT[format](exceeded.stdout)).toBe(1);
  });

  it("--output-file writes the report, leaves no temporary file, and shows the stylish report on the terminal", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-out-"));
    const file = join(dir, `report.${format}`);
    writeFileSync(file, "stale");
    const args = ["monitor-http.json", "spectrum-both.json"];
    const run = cflint(["check", "-f", format, "-o", file, ...args]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    expect(readFileSync(file, "utf8")).toBe(cflint(["check", "-f", format, ...args]).stdout);
    expect(readdirSync(dir)).toEqual([`report.${format}`]);
    expect(run.stdout).toBe(cflint(["check", ...args]).stdout);
    expect(run.stdout).toContain("✖ 3 problems (2 errors, 1 warning)");
  });

  it("--output-file in GitHub Actions leaves the terminal what it gets without a format: stylish and the annotations", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cflint-out-")), `report.${format}`);
    const args = ["monitor-http.json", "spectrum-both.json"];
    const actions = { env: { GITHUB_ACTIONS: "true" } };
    const run = cflint(["check", "-f", format, "-o", file, ...args], actions);
    expect(run.status).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(cflint(["check", "-f", format, ...args]).stdout);
    expect(run.stdout).toBe(cflint(["check", ...args], actions).stdout);
    expect(COUNT.github(run.stdout)).toBe(3);
  });
});

describe("--output-file", SPAWNING, () => {
  it("a file that cannot be written is exit 2 with one line on stderr", () => {
    const missing = join(mkdtempSync(join(tmpdir(), "cflint-out-")), "no/such/dir/report.sarif");
    expect(cflint(["check", "-f", "sarif", "-o", missing, "clean.json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: `cflint: cannot write ${missing}: ENOENT\n`,
    });
  });

  it("with a clean run writes an empty report and prints nothing", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cflint-out-")), "report.json");
    expect(cflint(["check", "-f", "json", "-o", file, "clean.json"])).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(JSON.parse(readFileSync(file, "utf8"))[0].messages).toEqual([]);
  });
});

describe("in GitHub Actions (GITHUB_ACTIONS=true)", SPAWNING, () => {
  const env = { GITHUB_ACTIONS: "true" };
  const files = ["monitor-http.json", "spectrum-both.json"];

  it("with no --format, keeps the stylish report and adds annotations", () => {
    const run = cflint(["check", ...files], { env });
    const stylish = cflint(["check", ...files]).stdout;
    const annotations = cflint(["check", "-f", "github", ...files]).stdout;
    expect(annotations.split("\n").filter((line) => /^::(error|warning) /.test(line))).toHaveLength(3);
    expect(run).toEqual({ status: 1, stdout: stylish + annotations, stderr: "" });
  });

  it("with --output-file and no --format, the terminal still gets both", () => {
    const file = join(mkdtempSync(join(tmpdir(), "cflint-out-")), "report.txt");
    const run = cflint(["check", "-o", file, ...files], { env });
    expect(run.stdout).toBe(cflint(["check", ...files], { env }).stdout);
    expect(readFileSync(file, "utf8")).toBe(cflint(["check", ...files]).stdout);
  });

  it("a format given explicitly is printed as it is, without annotations", () => {
    for (const format of ["json", "sarif", "stylish"] as const) {
      expect(cflint(["check", "-f", format, ...files], { env }).stdout).toBe(cflint(["check", "-f", format, ...files]).stdout);
    }
  });
});

describe("loading", SPAWNING, () => {
  /** The cflint modules a run loads, recorded by a module hook. */
  function loadedModules(args: string[]): string[] {
    const dir = mkdtempSync(join(tmpdir(), "cflint-load-"));
    const log = join(dir, "loaded.txt");
    writeFileSync(
      join(dir, "hooks.mjs"),
      `import { appendFileSync } from "node:fs";\n` +
        `export async function load(url, context, next) {\n` +
        `  appendFileSync(${JSON.stringify(log)}, url + "\\n");\n` +
        `  return next(url, context);\n}\n`,
    );
    writeFileSync(join(dir, "register.mjs"), `import { register } from "node:module";\nregister("./hooks.mjs", import.meta.url);\n`);
    // The unbundled modules tsc builds: the shipped bundle holds them all in one file, where
    // esbuild keeps each dynamically imported module's initialisation just as lazy.
    const program = JSON.stringify(join(REPO, "dist/src/cli/program.js"));
    const entry = `const { run } = await import(${program}); process.exitCode = await run(${JSON.stringify(args)});`;
    const run = spawnSync(process.execPath, ["--import", join(dir, "register.mjs"), "--input-type=module", "-e", entry], {
      cwd: FIXTURES,
      encoding: "utf8",
      input: "",
    });
    expect(run.stderr).toBe("");
    return readFileSync(log, "utf8")
      .split("\n")
      .filter((url) => url.includes("/dist/src/formatters/"))
      .map((url) => url.replace(/.*\/formatters\//, ""))
      .sort();
  }

  it("a run loads only the formatters it prints with", () => {
    expect(loadedModules(["check", "spectrum-both.json"])).toEqual(["index.js", "stylish.js"]);
    expect(loadedModules(["check", "-f", "sarif", "spectrum-both.json"])).toEqual(["index.js", "paths.js", "sarif.js"]);
    expect(loadedModules(["check", "-f", "junit", "-o", join(tmpdir(), `cflint-${process.pid}.xml`), "spectrum-both.json"])).toEqual([
      "index.js",
      "junit.js",
      "stylish.js",
    ]);
  });
});
