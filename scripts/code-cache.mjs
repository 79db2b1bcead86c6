// Writes V8's code cache beside the bundle and each script it ran (dist/src/cli/*.js.cache): the
// compiled code after the CLI has checked examples/ as JSON, in the default format, and as JSON
// under a config file, the functions a usual run needs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const filename = fileURLToPath(new URL("../dist/src/cli/bundle.js", import.meta.url));
const script = new Script(readFileSync(filename, "latin1"), { filename });
/** Every script compiled here, by file: the bundle, and the parsers it runs (scripts/run-script.cjs). */
const scripts = (globalThis.cflintScripts = new Map([[filename, script]]));
const cliModule = script.runInThisContext();
// The CLI ends with process.exit() once its output is out: here that ends a sample run only.
const exit = process.exit;
process.exit = () => {};

// Most projects keep a config: one that uses each of its sections.
const configDir = mkdtempSync(join(tmpdir(), "cflint-code-cache-"));
const config = join(configDir, "cflint.config.json");
writeFileSync(
  config,
  JSON.stringify({
    account: { plan: "enterprise", zones: ["example.com"] },
    rules: { "monitor/http-redirect": "warn" },
    ignore: ["vendor/**"],
    overrides: [{ files: "staging/**", account: { plan: "pro" } }],
    suppress: [{ files: "legacy/*.json", pointer: "", rule: "pool/schema", reason: "kept as imported" }],
  }),
);
const runs = [
  ["check", "--format", "json", "examples/"],
  ["check", "examples/"],
  ["check", "--config", config, "--format", "json", "examples/"],
];
for (const args of runs) {
  process.argv = [process.argv[0], filename, ...args];
  process.exitCode = undefined;
  const module = { exports: {} };
  cliModule(module.exports, createRequire(filename), module, filename, dirname(filename));
  // The CLI sets the exit code when it is done.
  for (let turns = 0; process.exitCode === undefined; turns++) {
    if (turns > 10_000) throw new Error(`cflint ${args.join(" ")} did not finish`);
    await new Promise((done) => setTimeout(done, 1));
  }
  if (process.exitCode > 1) throw new Error(`cflint ${args.join(" ")} exited ${process.exitCode}`);
}
process.exitCode = 0;
process.exit = exit;
rmSync(configDir, { recursive: true });

for (const [file, compiled] of scripts) {
  const cache = compiled.createCachedData();
  const check = new Script(readFileSync(file, "latin1"), { filename: file, cachedData: cache });
  if (check.cachedDataRejected) throw new Error(`V8 rejects the code cache it just made for ${file}`);
  writeFileSync(`${file}.cache`, cache);
}
