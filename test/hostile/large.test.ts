import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN } from "../cli/run-cli.js";

/** A bundle of `count` monitors and pools, each as an export would write it, one line per field. */
function bundle(count: number): string {
  const monitors: unknown[] = [];
  const pools: unknown[] = [];
  for (let i = 0; i < count; i++) {
    monitors.push({ id: `m${i}`, type: "https", expected_codes: "200", header: { Host: ["a.example.com"] }, interval: 60, timeout: 5, retries: 2, description: `monitor ${i}` });
    pools.push({ id: `p${i}`, name: `pool-${i}`, monitor: `m${i}`, origins: [{ name: "a", address: `192.0.2.${i % 250}`, enabled: true, weight: 1 }, { name: "b", address: `origin-${i}.example.com`, enabled: true, weight: 0.5 }] });
  }
  // The last monitor has a mistake, so the report proves the whole file was read.
  monitors.push({ type: "http" });
  return JSON.stringify({ monitors, pools }, null, 2);
}

describe("a 50 MB bundle", () => {
  it("is checked to the end within a bounded heap", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-large-"));
    const text = bundle(80_000);
    expect(text.length).toBeGreaterThan(50_000_000);
    writeFileSync(join(dir, "export.json"), text);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"type": "http"')) + 1;

    // The heap limit is the bound: past it Node aborts and the status is not 0.
    const result = spawnSync(process.execPath, ["--max-old-space-size=1536", BIN, "check", "export.json", "-f", "json"], {
      cwd: dir,
      encoding: "utf8",
      input: "",
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; pointer: string }[] }[];
    expect(report!.messages).toEqual([expect.objectContaining({ ruleId: "monitor/http-redirect", line, pointer: "/monitors/80000/type" })]);
  }, 180_000);
});
