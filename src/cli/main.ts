#!/usr/bin/env node
import { EXIT, stderrWritten, writeStderr } from "./io.js";
import { run } from "./program.js";

// A report that cannot be written must not pass for a clean run. A reader that stops early
// (`cflint check | head`) closes the pipe, though: stop quietly then, as shell tools do, with
// the run's exit code.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit();
  process.exitCode = EXIT.usage;
  writeStderr(`cflint: cannot write to stdout: ${error.message}\n`);
});

// Node prints its warnings to stderr.
let warned = false;
process.on("warning", () => {
  warned = true;
});

// No top-level await: the bundle is a CommonJS body (see scripts/build.mjs).
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // A failed write is reported above, and Node then exits as usual.
  if (process.stdout.errored) return;
  // Exit once the output is out, instead of waiting, as Node does on the way out, for V8 to
  // finish optimizing code in the background for a run that is over. What a pipe has not taken
  // yet is written first; with stderr still writing, Node drains both and exits as usual.
  if ((stderrWritten() || warned) && process.stderr.writableLength > 0) return;
  if (process.stdout.writableLength === 0) process.exit();
  else process.stdout.write("", (error) => error || process.exit());
});
