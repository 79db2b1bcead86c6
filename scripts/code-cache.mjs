// Writes V8's code cache beside the bundle and each script it ran (dist/src/cli/*.js.cache): the
// compiled code after the CLI has checked examples/ once as JSON and once in the default format,
// the functions a usual run needs.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const filename = fileURLToPath(new URL("../dist/src/cli/bundle.js", import.meta.url));
const script = new Script(readFileSync(filename, "latin1"), { filename });
/** Every script compiled here, by file: the bundle, and the parsers it runs (scripts/run-script.cjs). */
const scripts = (globalThis.cflintScripts = new Map([[filename, script]]));
const cliModule = script.runInThisContext();
process.stdout.write = () => true;

for (const args of [["check", "--format", "json", "examples/"], ["check", "examples/"]]) {
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

for (const [file, compiled] of scripts) {
  const cache = compiled.createCachedData();
  const check = new Script(readFileSync(file, "latin1"), { filename: file, cachedData: cache });
  if (check.cachedDataRejected) throw new Error(`V8 rejects the code cache it just made for ${file}`);
  writeFileSync(`${file}.cache`, cache);
}
