import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../cli/run-cli.js";

/**
 * Runs the CLI with a reader that takes the first chunk of stdout and closes the pipe, as
 * `cflint … | head -c 100` does; resolves with the exit code and stderr.
 */
function runIntoClosedPipe(args: string[], cwd: string): Promise<{ status: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let read = 0;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.once("data", (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr, read }));
  });
}

describe.skipIf(process.platform === "win32")("a reader that stops early", () => {
  // Far more output than a pipe holds (64 KB on Linux), so cflint is still writing when it closes.
  const dir = mkdtempSync(join(tmpdir(), "cflint-closed-pipe-"));
  const monitors = Array.from({ length: 2000 }, (_, i) => ({ id: `m${i}`, type: "http", method: "HEAD", expected_body: "ok" }));
  writeFileSync(join(dir, "monitors.json"), JSON.stringify({ monitors }, null, 2));

  for (const format of ["json", "stylish"]) {
    it(`ends quietly with the run's exit code (--format ${format})`, async () => {
      const { status, stderr, read } = await runIntoClosedPipe(["check", "--format", format, "monitors.json"], dir);
      expect(read).toBeGreaterThan(0);
      expect(stderr).toBe("");
      expect(status).toBe(1);
    });
  }
});
