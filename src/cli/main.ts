#!/usr/bin/env node
import { run } from "./program.js";

// A reader that stops early (`cflint check | head`) closes the pipe: stop quietly, as shell
// tools do, with the run's exit code, instead of a stack trace for the failed write.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit();
});

// No top-level await: the bundle is a CommonJS body (see scripts/build.mjs).
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Output to files, terminals and Linux pipes is written synchronously, so it is out already:
  // exit now instead of waiting, as Node does on the way out, for V8 to finish optimizing code
  // in the background for a run that is over. Output still buffered (a pipe on macOS) drains first.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
});
