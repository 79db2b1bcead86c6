import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cflint, FIXTURES } from "./run-cli.js";

const ACCOUNT = join(FIXTURES, "../account");

describe("cflint check: findings across files", () => {
  it("reports each dangling reference in the file that holds it, one JSON entry per file", () => {
    const { status, stdout, stderr } = cflint(["check", "--format", "json", "lb.json", "monitors.json", "pools.json"], { cwd: ACCOUNT });
    expect(stderr).toBe("");
    expect(status).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; pointer: string }[] }[];
    expect(results.map((r) => r.filePath)).toEqual(["lb.json", "monitors.json", "pools.json"].map((f) => join(ACCOUNT, f)));
    const where = results.map((r) => r.messages.map(({ ruleId, line, column, pointer }) => ({ ruleId, line, column, pointer })));
    expect(where).toEqual([
      [{ ruleId: "account/unknown-pool", line: 4, column: 57, pointer: "/default_pools/1" }],
      [],
      [{ ruleId: "account/unknown-monitor", line: 12, column: 18, pointer: "/pools/1/monitor" }],
    ]);
  });

  it("a file linted alone has nothing to compare with, and stays clean", () => {
    expect(cflint(["check", "lb.json"], { cwd: ACCOUNT })).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(cflint(["check", "pools.json"], { cwd: ACCOUNT })).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("stylish output names the right file for each finding", () => {
    const { stdout } = cflint(["check", "pools.json", "lb.json"], { cwd: ACCOUNT });
    expect(stdout).toBe(
      [
        "",
        "lb.json",
        '  4:57  error  1002  pool "9290f38c5d07c2e2f4df57b1f61d4196" matches no pool in this run (2 with an id), and the API refuses a load balancer that names a pool that does not exist. Correct the id, or lint the pool\'s file together with this one  account/unknown-pool',
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "",
      ].join("\n"),
    );
  });
});
