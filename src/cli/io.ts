import { fstatSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A failure that stops cflint before or instead of linting: exit 2 with one line on stderr. */
export class UsageError extends Error {}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

let stderrUsed = false;

/**
 * Writes to stderr, remembering that it did: at exit, a run that never wrote there need not
 * open the stream only to see that nothing is waiting in it (milliseconds when it is a pipe).
 */
export function writeStderr(text: string): void {
  stderrUsed = true;
  process.stderr.write(text);
}

/** Whether cflint or commander wrote to stderr. */
export function stderrWritten(): boolean {
  return stderrUsed;
}

/** What became of stdout: `failed` makes the run exit 2, whatever it found. */
let stdoutState: "open" | "closed" | "failed" = "open";
/** process.stdout, once a write through it was needed. */
let stdoutStream: NodeJS.WriteStream | undefined;

/**
 * Writes to stdout, synchronously while its descriptor takes the bytes: process.stdout, a stream
 * whose set-up costs milliseconds of every run, is made only when a write would block (a pipe
 * its maker left non-blocking), and takes everything after that, in order. A reader that
 * stopped early (`cflint check | head`) ends the output quietly, as shell tools do; any other
 * failure is said on stderr, so that a report that was never written cannot pass for a clean run.
 */
export function writeStdout(text: string): void {
  if (stdoutState !== "open") return;
  if (stdoutStream) {
    stdoutStream.write(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EAGAIN") {
      stdoutStream = process.stdout;
      stdoutStream.on("error", stdoutFailed);
      stdoutStream.write(bytes.subarray(written));
    } else {
      stdoutFailed(error as NodeJS.ErrnoException);
    }
  }
}

function stdoutFailed(error: NodeJS.ErrnoException): void {
  if (stdoutState !== "open") return;
  if (error.code === "EPIPE") {
    stdoutState = "closed";
    return;
  }
  stdoutState = "failed";
  // Also when the stream fails after the run has set its exit code.
  process.exitCode = EXIT.usage;
  writeStderr(`cflint: cannot write to stdout: ${error.message}\n`);
}

/** Whether writing the output failed for another reason than a reader that stopped early. */
export function stdoutFailedToWrite(): boolean {
  return stdoutState === "failed";
}

/** Calls `done` once everything written to stdout is out. */
export function whenStdoutWritten(done: () => void): void {
  if (!stdoutStream || stdoutStream.writableLength === 0 || stdoutState !== "open") done();
  else stdoutStream.write("", () => done());
}

/** Writes through a temporary file in the same directory and a rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  // Loaded here: node:crypto costs milliseconds at start-up, and most runs write no file.
  const { randomBytes } = await import("node:crypto");
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never written: nothing to clean up.
    }
    throw error;
  }
}

/** Stdin's bytes, decoded later like a file's so that bad encodings are reported the same way. */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Whether data is being piped or redirected into stdin (not a terminal, not /dev/null). */
export function stdinIsPiped(): boolean {
  try {
    const info = fstatSync(0);
    return info.isFIFO() || info.isFile() || info.isSocket();
  } catch {
    return false;
  }
}

/** Colour on a terminal only; NO_COLOR and FORCE_COLOR override (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  return Boolean(stream.isTTY);
}
