import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findFiles } from "../../src/files/index.js";

/** cf/a.json, cf/b.json, cf/sub/c.yaml. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), "cflint-find-"));
  mkdirSync(join(dir, "cf", "sub"), { recursive: true });
  for (const name of ["cf/a.json", "cf/b.json", "cf/sub/c.yaml"]) writeFileSync(join(dir, name), "{}");
  return dir;
}

describe("findFiles", () => {
  const ALL = ["cf/a.json", "cf/b.json", "cf/sub/c.yaml"];
  it.each([
    [["cf", "cf/a.json"], ALL],
    [["cf/a.json", "cf"], ALL],
    [["cf", "cf"], ALL],
    [["cf/a.json", "cf/a.json"], ["cf/a.json"]],
    [["cf/*.json", "cf/a*.json"], ["cf/a.json", "cf/b.json"]],
  ])("a file an earlier path already found still matches: %j", async (paths, files) => {
    const found = await findFiles(paths, tree());
    expect(found).toMatchObject({ files, unmatched: [] });
  });

  it("lists a file once however it is spelt, by its shorter spelling, whatever the order", async () => {
    const dir = tree();
    const forward = await findFiles(["cf", "./cf/a.json", join(dir, "cf/b.json")], dir);
    const backward = await findFiles([join(dir, "cf/b.json"), "./cf/a.json", "cf"], dir);
    expect(forward.files).toEqual(["cf/a.json", "cf/b.json", "cf/sub/c.yaml"]);
    expect(backward).toEqual(forward);
  });

  it("tells the files a directory or a glob found from the files named", async () => {
    const dir = tree();
    expect((await findFiles(["cf"], dir)).searched).toEqual(new Set(["cf/a.json", "cf/b.json", "cf/sub/c.yaml"]));
    expect((await findFiles(["cf/*.json"], dir)).searched).toEqual(new Set(["cf/a.json", "cf/b.json"]));
    // Named and found: named.
    expect((await findFiles(["cf", "./cf/a.json"], dir)).searched).toEqual(new Set(["cf/b.json", "cf/sub/c.yaml"]));
    expect((await findFiles(["cf/a.json"], dir)).searched).toEqual(new Set());
  });

  it("a file reached through a link is the file it leads to", async () => {
    const dir = tree();
    symlinkSync(join(dir, "cf"), join(dir, "link"));
    symlinkSync(join(dir, "cf/a.json"), join(dir, "cf/sub/a-link.json"));
    expect((await findFiles(["cf"], dir)).files).toEqual(["cf/a.json", "cf/b.json", "cf/sub/c.yaml"]);
    expect((await findFiles(["link", "cf"], dir)).files).toEqual(["cf/a.json", "cf/b.json", "cf/sub/c.yaml"]);
    expect((await findFiles(["cf/sub/a-link.json", "cf/a.json"], dir)).files).toEqual(["cf/a.json"]);
  });

  it("a search leaves out Terraform variables files; named, one is read", async () => {
    const dir = tree();
    writeFileSync(join(dir, "cf/prod.tfvars.json"), '{"pools": {"web": {}}}');
    expect((await findFiles(["cf"], dir)).files).toEqual(["cf/a.json", "cf/b.json", "cf/sub/c.yaml"]);
    expect((await findFiles(["cf/*.json"], dir)).files).toEqual(["cf/a.json", "cf/b.json"]);
    expect((await findFiles(["cf/prod.tfvars.json"], dir)).files).toEqual(["cf/prod.tfvars.json"]);
  });

  it("a path that matches nothing is still unmatched", async () => {
    const dir = tree();
    mkdirSync(join(dir, "empty"));
    const found = await findFiles(["cf", "missing.json", "empty", "none/*.json"], dir);
    expect(found.unmatched).toEqual([
      { pattern: "missing.json", reason: "no such file or directory" },
      { pattern: "empty", reason: "no .json, .jsonc, .yaml, .yml or .tf files in this directory" },
      { pattern: "none/*.json", reason: "no files match this pattern" },
    ]);
  });
});
