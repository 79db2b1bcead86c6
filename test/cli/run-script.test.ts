import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// The module that runs the bundle and the parser scripts through their code caches.
const { runScript } = require("../../scripts/run-script.cjs") as {
  runScript: (dir: string, file: string, moduleRequire: NodeJS.Require) => { value: number };
};

/** A script as the build writes one, and beside it the code cache of another of the same length. */
function scriptWithStaleCache(): string {
  const dir = mkdtempSync(join(tmpdir(), "cflint-run-script-"));
  const earlier = "(function (exports) { exports.value = 1; })";
  const now = "(function (exports) { exports.value = 2; })";
  writeFileSync(join(dir, "parser.js"), now);
  const compiled = new Script(earlier, { filename: join(dir, "parser.js") });
  compiled.runInThisContext();
  writeFileSync(join(dir, "parser.js.cache"), compiled.createCachedData());
  return dir;
}

describe("runScript", () => {
  afterEach(() => {
    delete (globalThis as { cflintScripts?: unknown }).cflintScripts;
  });

  it("compiles afresh while the build collects code for the caches: an earlier build's cache of the same length is not read", () => {
    const dir = scriptWithStaleCache();
    const collected = new Map<string, Script>();
    (globalThis as { cflintScripts?: unknown }).cflintScripts = collected;
    expect(runScript(dir, "parser.js", require).value).toBe(2);
    expect([...collected.keys()]).toEqual([join(dir, "parser.js")]);
  });
});
