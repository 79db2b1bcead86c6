import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lintFiles } from "../../src/engine/index.js";
import { findFiles } from "../../src/files/index.js";
import { BIN, type CliResult } from "../cli/run-cli.js";

const CLEAN = '{"type": "https", "header": {"Host": ["a.example.com"]}}\n';
const WARNS = '{"type": "http"}\n';
const canMakeFifo = spawnSync("mkfifo", ["--version"]).status === 0;
// Root reads any file whatever its mode, so the CLI then runs as "nobody" to meet the permission.
const asRoot = process.getuid?.() === 0;

/** Runs the built CLI in `cwd`, as an ordinary user even when the tests run as root. */
function run(args: string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    input: "",
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: "1" },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), "cflint-fs-"));
  chmodSync(dir, 0o755);
  return dir;
}

/** Each file of a `--format json` report, relative to `dir`, with its findings as "rule: message". */
function outline(stdout: string, dir: string): [string, string[]][] {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
  return results.map((r) => [relative(dir, r.filePath), r.messages.map((m) => `${m.ruleId}: ${m.message}`)]);
}

describe.skipIf(process.platform === "win32")("hostile file systems: each problem reported, the other files still checked", () => {
  it("a symlink loop, a dangling link, a link loop, an unreadable file and directory, a pipe, a directory named x.json", () => {
    const dir = tree();
    writeFileSync(join(dir, "good.json"), CLEAN);
    writeFileSync(join(dir, "warns.json"), WARNS);
    mkdirSync(join(dir, "sub"));
    symlinkSync("..", join(dir, "sub", "loop"));
    symlinkSync("self.json", join(dir, "self.json"));
    symlinkSync("missing.json", join(dir, "dangling.json"));
    writeFileSync(join(dir, "locked.json"), WARNS);
    chmodSync(join(dir, "locked.json"), 0o000);
    mkdirSync(join(dir, "private"));
    writeFileSync(join(dir, "private", "inside.json"), WARNS);
    chmodSync(join(dir, "private"), 0o000);
    mkdirSync(join(dir, "x.json"));
    writeFileSync(join(dir, "x.json", "inner.json"), WARNS);
    if (canMakeFifo) spawnSync("mkfifo", [join(dir, "pipe.json")]);

    const { status, stdout, stderr } = run(["check", ".", "-f", "json"], dir);
    expect(stderr).toBe("");
    const redirect = expect.stringMatching(/^monitor\/http-redirect: HTTP monitor does not follow redirects/);
    expect(outline(stdout, dir)).toEqual([
      ["dangling.json", ["core/read-error: cannot be read (it no longer exists, or is a symbolic link to nothing, ENOENT); nothing in it was checked"]],
      ["good.json", []],
      ["locked.json", ["core/read-error: cannot be read (permission denied, EACCES); nothing in it was checked"]],
      ["private", ["core/read-error: cannot be read (permission denied, EACCES); nothing in it was checked"]],
      ["self.json", ["core/read-error: cannot be read (a loop of symbolic links, ELOOP); nothing in it was checked"]],
      ["warns.json", [redirect]],
      ["x.json/inner.json", [redirect]],
    ]);
    expect(status).toBe(1);
    // A glob follows links; the loop still ends, and a file it reaches again through the loop is checked once.
    const globbed = run(["check", "-f", "json", "**/*.json"], dir);
    expect(globbed.status).toBe(1);
    expect(outline(globbed.stdout, dir).map(([file]) => file)).toEqual(["good.json", "locked.json", "warns.json", "x.json/inner.json"]);
  });

  it("exits 2 when no file could be read, 1 when some could", () => {
    const dir = tree();
    symlinkSync("missing.json", join(dir, "dangling.json"));
    symlinkSync("self.json", join(dir, "self.json"));
    writeFileSync(join(dir, "good.json"), CLEAN);
    const none = run(["check", "dangling.json", "self.json", "-f", "json"], dir);
    expect(none.status).toBe(2);
    expect(outline(none.stdout, dir)).toEqual([
      ["dangling.json", [expect.stringMatching(/^core\/read-error: /)]],
      ["self.json", [expect.stringMatching(/^core\/read-error: /)]],
    ]);
    expect(run(["check", "dangling.json", "good.json"], dir).status).toBe(1);
    expect(run(["check", "good.json"], dir).status).toBe(0);
  });

  it("a file larger than any string Node.js can hold is refused before it is read whole", () => {
    const dir = tree();
    // Sparse: 1.7 GB that take no disk, past the 3 bytes per UTF-16 unit of Node's longest string.
    writeFileSync(join(dir, "huge.json"), "{");
    truncateSync(join(dir, "huge.json"), 1_700_000_000);
    writeFileSync(join(dir, "good.json"), CLEAN);
    const { status, stdout } = run(["check", "-f", "json", "huge.json", "good.json"], dir);
    expect(status).toBe(1);
    expect(outline(stdout, dir)).toEqual([
      ["good.json", []],
      ["huge.json", ["core/read-error: cannot be read (it holds more text than one Node.js string can keep, 512 MiB, ERR_STRING_TOO_LONG); nothing in it was checked"]],
    ]);
  });

  it("paths with spaces, unicode and a leading '-' (after -- or as ./-x.json)", () => {
    const dir = tree();
    mkdirSync(join(dir, "with space"));
    writeFileSync(join(dir, "with space", "é ü 名.json"), WARNS);
    writeFileSync(join(dir, "-x.json"), WARNS);

    const spaced = run(["check", "-f", "json", "with space/é ü 名.json"], dir);
    expect(spaced.status).toBe(0);
    expect(outline(spaced.stdout, dir)).toEqual([["with space/é ü 名.json", [expect.stringMatching(/^monitor\/http-redirect: /)]]]);
    expect(outline(run(["check", "-f", "json", "with space"], dir).stdout, dir)).toEqual(outline(spaced.stdout, dir));

    for (const args of [["check", "-f", "json", "--", "-x.json"], ["check", "-f", "json", "./-x.json"], ["-f", "json", "--", "-x.json"]]) {
      const { status, stdout, stderr } = run(args, dir);
      expect({ args, status, stderr }).toEqual({ args, status: 0, stderr: "" });
      expect(outline(stdout, dir)).toEqual([["-x.json", [expect.stringMatching(/^monitor\/http-redirect: /)]]]);
    }
    // Without them, '-x.json' is an unknown option: exit 2, not a check that passes.
    expect(run(["check", "-x.json"], dir)).toMatchObject({ status: 2, stderr: "cflint: unknown option '-x.json'\n" });
  });

  it("a file name with a line break or an escape sequence is printed escaped by stylish, exactly in JSON", () => {
    const dir = tree();
    const name = "a\nb\u001b[31m.json";
    writeFileSync(join(dir, name), WARNS);
    const { status, stdout } = run(["check", "."], dir);
    expect(status).toBe(0);
    expect(stdout.split("\n").slice(0, 3)).toEqual(["", "a\\nb\\u001b[31m.json", expect.stringMatching(/^  1:10  warning  Response code mismatch  /)]);
    expect(outline(run(["check", "-f", "json", "."], dir).stdout, dir)).toEqual([[name, [expect.stringMatching(/^monitor\/http-redirect: /)]]]);
  });

  it("a file deleted between discovery and reading is reported; the others are checked", async () => {
    const dir = tree();
    writeFileSync(join(dir, "a.json"), WARNS);
    writeFileSync(join(dir, "b.json"), WARNS);
    const { files } = await findFiles(["."], dir);
    expect(files).toEqual(["a.json", "b.json"]);
    rmSync(join(dir, "a.json"));
    const { results } = await lintFiles(files, undefined, dir);
    expect(results.map((r) => [r.filePath, r.findings.map((f) => f.ruleId)])).toEqual([
      ["a.json", ["core/read-error"]],
      ["b.json", ["monitor/http-redirect"]],
    ]);
  });
});
