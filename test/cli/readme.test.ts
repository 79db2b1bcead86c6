import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cflint, REPO } from "./run-cli.js";

const README = readFileSync(join(REPO, "README.md"), "utf8");

describe("the README's front door", () => {
  it("has a Quick start of exactly the two commands, in a clone", () => {
    const quickStart = /## Quick start\n\nIn a clone of this repository:\n\n```sh\n([\s\S]*?)```/.exec(README)?.[1];
    expect(quickStart).toBe("npm ci && npx cflint check examples/\nnpm test\n");
  });

  it("gives the installed user's first commands too, without the examples the package does not ship", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { name: string; files: string[] };
    expect(pkg.files).not.toContain("examples/");
    const installed = /## Quick start\n[\s\S]*?```sh\n[\s\S]*?```[\s\S]*?```sh\n([\s\S]*?)```/.exec(README)?.[1];
    expect(installed?.split("\n")[0]).toBe(`npm install --save-dev ${pkg.name}`);
    expect(installed).toMatch(/^npx cflint check \S+\/ /m);
    expect(installed).not.toContain("examples/");
  });

  it("shows what `cflint check examples/` really prints, and it exits 1", () => {
    const shown = /## Example output\n\nFrom `npx cflint check examples\/`:\n\n```text\n([\s\S]*?)```/.exec(README)?.[1];
    const run = cflint(["check", "--no-config", "examples/"], { cwd: REPO });
    expect(run.status).toBe(1);
    expect(shown, "paste the output of `npx cflint check examples/` into the README").toBe(run.stdout.replace(/^\n/, ""));
  });

  // `npx cflint` runs the bin itself, by its #! line, not through node: it must be executable.
  it.skipIf(process.platform === "win32")("the command runs as npx runs it, by its #! line", () => {
    const run = spawnSync(BIN, ["check", "--no-config", "examples/clean/"], { cwd: REPO, encoding: "utf8" });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("the clean example passes", () => {
    expect(cflint(["check", "--no-config", "examples/clean/"], { cwd: REPO })).toMatchObject({ status: 0, stderr: "" });
  });
});
