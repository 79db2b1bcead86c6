#!/usr/bin/env node
import { EXIT, stderrWritten, stdoutFailedToWrite, whenStdoutWritten } from "./io.js";
import { run } from "./program.js";

// Node prints its warnings to stderr.
let warned = false;
process.on("warning", () => {
  warned = true;
});

// No top-level await: the bundle is a CommonJS body (see scripts/build.mjs).
void run(process.argv.slice(2)).then((code) => {
  // A report that could not be written must not pass for a clean run (writeStdout).
  process.exitCode = stdoutFailedToWrite() ? EXIT.usage : code;
  // Exit once the output is out, instead of waiting, as Node does on the way out, for V8 to
  // finish optimizing code in the background for a run that is over. With stderr still writing,
  // Node drains it and exits as usual.
  if ((stderrWritten() || warned) && process.stderr.writableLength > 0) return;
  whenStdoutWritten(() => process.exit());
});
