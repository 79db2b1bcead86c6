#!/usr/bin/env node
import { stderrWritten } from "./io.js";
import { run } from "./program.js";

// A reader that stops early (`cflint check | head`) closes the pipe: stop quietly, as shell
// tools do, with the run's exit code, instead of a stack trace for the failed write.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit();
});

// Node prints its warnings to stderr.
let warned = false;
process.on("warning", () => {
  warned = true;
});

// No top-level await: the bundle is a CommonJS body (see scripts/build.mjs).
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Exit once the output is out, instead of waiting, as Node does on the way out, for V8 to
  // finish optimizing code in the background for a run that is over. What a pipe has not taken
  // yet is written first; with stderr still writing, Node drains both and exits as usual.
  if ((stderrWritten() || warned) && process.stderr.writableLength > 0) return;
  if (process.stdout.writableLength === 0) process.exit();
  else process.stdout.write("", () => process.exit());
});
