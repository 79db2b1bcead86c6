import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cflint } from "../cli/run-cli.js";

/** How the reader of cflint's stdout behaves. */
type Reader =
  /** takes the first chunk and closes the pipe, as `cflint … | head -c 100` does */
  | "closes-early"
  /** reads nothing for half a second, so that the pipe fills while cflint still has output to write */
  | "slow";

/**
 * A parent that makes its stdout, a pipe, non-blocking (Node's process.stdout does) and hands it
 * to cflint, as a Node tool that runs cflint with inherited output does.
 */
const NON_BLOCKING_PARENT = `process.stdout; const run = require("node:child_process").spawnSync(process.execPath, process.argv.slice(1), { stdio: "inherit" }); process.exitCode = run.status;`;

/**
 * Runs the built CLI with stdout read by `reader`; resolves with what was read, stderr and the
 * exit code. `nonBlocking`: the pipe is left non-blocking, so a write that does not fit fails
 * with EAGAIN instead of waiting.
 */
function runWithReader(
  args: string[],
  cwd: string,
  reader: Reader,
  nonBlocking = false,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const command = nonBlocking ? ["-e", NON_BLOCKING_PARENT, BIN, ...args] : [BIN, ...args];
    const child = spawn(process.execPath, command, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    if (reader === "slow") {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 500);
    }
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (reader === "closes-early") child.stdout.destroy();
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

// Far more output than a pipe holds (64 KB on Linux), so cflint is still writing at the end:
// 4,000 findings, two per monitor, 1.9 MB as JSON.
const dir = mkdtempSync(join(tmpdir(), "cflint-output-pipe-"));
const monitors = Array.from({ length: 2000 }, (_, i) => ({ id: `m${i}`, type: "http", method: "HEAD", expected_body: "ok" }));
writeFileSync(join(dir, "monitors.json"), JSON.stringify({ monitors }, null, 2));

describe.skipIf(process.platform === "win32")("a reader that takes its time gets every byte before cflint exits", () => {
  it("--format json", async () => {
    const { status, stdout, stderr } = await runWithReader(["check", "--format", "json", "monitors.json"], dir, "slow");
    expect(stderr).toBe("");
    expect(status).toBe(1);
    // Byte for byte the report written to a file.
    expect(cflint(["check", "--format", "json", "--output-file", "report.json", "monitors.json"], { cwd: dir }).status).toBe(1);
    expect(stdout).toBe(readFileSync(join(dir, "report.json"), "utf8"));
    expect((JSON.parse(stdout) as { messages: unknown[] }[])[0]!.messages).toHaveLength(4000);
  });

  it("--format json, on a pipe left non-blocking", async () => {
    const { status, stdout, stderr } = await runWithReader(["check", "--format", "json", "monitors.json"], dir, "slow", true);
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(cflint(["check", "--format", "json", "--output-file", "report.json", "monitors.json"], { cwd: dir }).status).toBe(1);
    expect(stdout).toBe(readFileSync(join(dir, "report.json"), "utf8"));
  });
});

describe.skipIf(process.platform === "win32")("a reader that stops early", () => {
  for (const format of ["json", "stylish"]) {
    it(`ends quietly with the run's exit code (--format ${format})`, async () => {
      const { status, stdout, stderr } = await runWithReader(["check", "--format", format, "monitors.json"], dir, "closes-early");
      expect(stdout).not.toBe("");
      expect(stderr).toBe("");
      expect(status).toBe(1);
    });
  }
});

// /dev/full refuses every write with ENOSPC, as a full disk does.
describe.skipIf(!existsSync("/dev/full"))("a report that cannot be written", () => {
  it("exits 2 and says why on stderr, never 0 with the report lost", () => {
    const full = openSync("/dev/full", "w");
    try {
      for (const format of ["json", "stylish"]) {
        const run = spawnSync(process.execPath, [BIN, "check", "--format", format, "monitors.json"], { cwd: dir, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
        expect(run.stderr, format).toBe("cflint: cannot write to stdout: ENOSPC: no space left on device, write\n");
        expect(run.status, format).toBe(2);
      }
    } finally {
      closeSync(full);
    }
  });
});
