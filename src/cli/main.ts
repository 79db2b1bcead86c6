#!/usr/bin/env node
import { run } from "./program.js";

// No top-level await: the bundle is a CommonJS body (see scripts/build.mjs).
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
