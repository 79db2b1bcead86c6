#!/usr/bin/env node
// The cflint command (copied to dist/src/cli/main.js by scripts/build.mjs). It runs the bundled
// CLI with V8's code cache made at build time, so a run starts without parsing and compiling
// what the build's sample runs compiled. V8 rejects a cache made by another Node version or
// for another bundle, and then compiles as usual.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const filename = fileURLToPath(new URL("./bundle.js", import.meta.url));
let cachedData;
try {
  cachedData = readFileSync(`${filename}.cache`);
} catch {
  // Built without a cache: compile as usual.
}
// The build writes pure ASCII, which latin1 reads as it is, without decoding UTF-8.
const script = new Script(readFileSync(filename, "latin1"), { filename, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(filename), module, filename, dirname(filename));
