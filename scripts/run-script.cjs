// Runs one of the scripts scripts/build.mjs writes beside the bundle (the bundle itself, a
// parser) through the V8 code cache made at build time, or compiled as usual when V8 rejects it
// (another Node version) or there is none.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

/** The exports of the CommonJS module function that `dir/file` evaluates to. */
exports.runScript = (dir, file, moduleRequire) => {
  const filename = join(dir, file);
  // scripts/code-cache.mjs collects the scripts its sample runs compile, to write their caches.
  const collected = globalThis.cflintScripts;
  let cachedData;
  // Never while the build collects: V8 checks a cache against the length of its script only, so
  // an earlier build's cache would stand in for changed code of the same length.
  if (!collected) {
    try {
      cachedData = readFileSync(`${filename}.cache`);
    } catch {
      // Built without a cache: compile as usual.
    }
  }
  // The build writes pure ASCII, which latin1 reads as it is, without decoding UTF-8.
  const script = new Script(readFileSync(filename, "latin1"), { filename, cachedData });
  collected?.set(filename, script);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, moduleRequire, module, filename, dir);
  return module.exports;
};
