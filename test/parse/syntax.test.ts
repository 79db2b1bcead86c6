import { describe, expect, it } from "vitest";
import { syntaxOf } from "../../src/parse/index.js";

describe("a file's syntax, from its name", () => {
  it.each([
    ["lb.json", "json"],
    ["LB.JSON", "json"],
    [".json", "json"],
    ["tf.json", "json"],
    ["main.tf.json", "terraform-json"],
    ["tf/MAIN.TF.JSON", "terraform-json"],
    ["settings.jsonc", "jsonc"],
    ["pools.yml", "yaml"],
    ["pools.YAML", "yaml"],
    ["main.tf", "hcl"],
    ["prod.tfvars", undefined],
    ["prod.tfvars.json", "json"],
    ["Makefile", undefined],
    ["pools.json/README", undefined],
    ["json", undefined],
  ])("%s is read as %s", (path, expected) => {
    expect(syntaxOf(path)).toBe(expected);
  });
});
