#!/usr/bin/env node
// The cflint command (copied to dist/src/cli/cflint.cjs by scripts/build.mjs). CommonJS, not an
// ES module: Node then starts it without setting up its ES module loader, ~15 ms of a run on
// one file. It runs the bundled CLI through the V8 code cache made at build time (run-script.cjs).
require("./run-script.cjs").runScript(__dirname, "bundle.js", require);
