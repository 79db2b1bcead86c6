import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cflint, REPO } from "./run-cli.js";

describe("cflint rules, explain, --help, --version", () => {
  it("rules --format json lists every rule with the code it predicts", () => {
    const { status, stdout } = cflint(["rules", "--format", "json"]);
    expect(status).toBe(0);
    const rules = JSON.parse(stdout) as { id: string; predicts: string; docs: string }[];
    expect(rules.find((r) => r.id === "spectrum/origin-conflict")).toMatchObject({
      predicts: "11000",
      docs: "https://github.com/cflint/cflint/blob/main/docs/rules/spectrum/origin-conflict.md",
    });
    expect(rules.map((r) => r.id)).toEqual([...rules.map((r) => r.id)].sort());
  });

  it("rules prints one aligned line per rule", () => {
    const { stdout } = cflint(["rules"]);
    expect(stdout).toMatch(/^spectrum\/origin-address +error +11002 +Each origin_direct entry/m);
  });

  it("explain a code names the rules that predict it", () => {
    const { status, stdout } = cflint(["explain", "11000"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^11000 /);
    expect(stdout).toContain("Rules that predict it: spectrum/origin-conflict");
  });

  it("explain a rule prints its code's entry too", () => {
    const { stdout } = cflint(["explain", "monitor/http-redirect"]);
    expect(stdout).toMatch(/^monitor\/http-redirect  \(warning by default\)/);
    expect(stdout).toContain("Predicts: Response code mismatch");
  });

  it("explain ends its output with a newline, for a rule, a code and a code no rule predicts", () => {
    for (const key of ["monitor/http-redirect", "11000", "11014"]) {
      const { status, stdout } = cflint(["explain", key]);
      expect(status, key).toBe(0);
      expect(stdout, key).toMatch(/[^\n]\n$/);
    }
  });

  it("explain an unknown key is exit 2 with a suggestion", () => {
    expect(cflint(["explain", "11001x"])).toMatchObject({ status: 2, stdout: "" });
    expect(cflint(["explain", "spectrum/origin-conflit"]).stderr).toContain('did you mean "spectrum/origin-conflict"?');
  });

  it("--help and --version exit 0", () => {
    expect(cflint(["--help"])).toMatchObject({ status: 0 });
    expect(cflint(["check", "--help"]).stdout).toContain("--max-warnings <n>");
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    expect(cflint(["--version"])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("no arguments prints help on stderr and exits 2", () => {
    const run = cflint([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: cflint");
  });
});
