import { constants } from "node:buffer";
import { closeSync, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isOverrideFile } from "../extract/index.js";
import { loadParsers, syntaxOf } from "../parse/index.js";
import { READ_ERROR } from "./builtin-rules.js";
import type { FileResult } from "./finding.js";
import { DEFAULT_SETTINGS, lintSources, type LintRun, type LintSettings, type SourceFile } from "./lint.js";
import { decodeSource } from "./decode.js";

export { lintSources, DEFAULT_SETTINGS } from "./lint.js";
export type { LintRun, LintSettings, NeededFacts, RuleSetting, SourceFile, Suppression } from "./lint.js";
export type { FileResult, Finding, Severity, Suggestion, TextEdit } from "./finding.js";

/** Lints one text as if it were the file `filePath` (whose extension says how to read it). */
export async function lintText(text: string, filePath = "<stdin>", settings: LintSettings = DEFAULT_SETTINGS): Promise<LintRun> {
  await loadParsers([filePath]);
  return lintSources([{ path: filePath, text }], () => settings);
}

/**
 * Reads and lints files together, with any texts already in hand (stdin) after them. A file that
 * cannot be read is reported in its own result and the others are still checked.
 */
export async function lintFiles(
  paths: readonly string[],
  settingsFor: (path: string) => LintSettings = () => DEFAULT_SETTINGS,
  cwd = process.cwd(),
  texts: readonly SourceFile[] = [],
  found: ReadonlySet<string> = new Set(),
): Promise<LintRun> {
  const { reads, sources, overrides } = await readRun(paths, cwd, texts, found);
  return withUnreadable(reads, lintSources(sources, settingsFor, undefined, overrides));
}

/**
 * What a run reads before linting: each file (or why it cannot be read), the sources to lint
 * (the readable files, then `texts`), and the override files beside them (overridesBeside),
 * with the parsers they need loaded. `found`: the paths a search found (SourceFile.found).
 */
export async function readRun(
  paths: readonly string[],
  cwd: string,
  texts: readonly SourceFile[] = [],
  found: ReadonlySet<string> = new Set(),
): Promise<{ reads: (SourceFile | FileResult)[]; sources: SourceFile[]; overrides: SourceFile[] }> {
  const reads = readSources(paths, cwd, found);
  const sources = [...readable(reads), ...texts];
  const overrides = overridesBeside(paths, cwd);
  await loadParsers([...sources, ...overrides].map((s) => s.path));
  return { reads, sources, overrides };
}

/**
 * The override files (`override.tf`, `*_override.tf`, …) beside the run's Terraform files that the
 * run does not list, read. Terraform merges every one of a directory's overrides, so a run given
 * only `main.tf` (a pre-commit hook's staged files) must still know which of its blocks they
 * change. One that cannot be read is left out: the blocks it would change are checked.
 */
function overridesBeside(paths: readonly string[], cwd: string): SourceFile[] {
  const directories = new Set(paths.filter((path) => isTerraformSyntax(path) && !isOverrideFile(path)).map((path) => dirname(path)));
  if (directories.size === 0) return [];
  const listed = new Set(paths.map((path) => resolve(cwd, path)));
  const found: string[] = [];
  for (const directory of directories) {
    let names: string[];
    try {
      names = readdirSync(resolve(cwd, directory));
    } catch {
      continue; // the file's own read reports what is wrong there
    }
    for (const name of names) {
      const path = join(directory, name);
      if (isOverrideFile(name) && !listed.has(resolve(cwd, path))) found.push(path);
    }
  }
  return readable(readSources(found.sort(), cwd));
}

function isTerraformSyntax(path: string): boolean {
  const syntax = syntaxOf(path);
  return syntax === "hcl" || syntax === "terraform-json";
}

/** Each file's text, or for a file that cannot be read, the result that says so; in the given order. */
export function readSources(paths: readonly string[], cwd: string, found: ReadonlySet<string> = new Set()): (SourceFile | FileResult)[] {
  // Read one after another, synchronously: for the small files cflint reads this measured two
  // to four times faster than parallel reads through the thread pool, on 2 cores.
  const here = cwd === process.cwd();
  return paths.map((path): SourceFile | FileResult => {
    try {
      const read = decodeSource(path, readBytes(here ? path : resolve(cwd, path)));
      if (found.has(path) && "text" in read) read.found = true;
      return read;
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { filePath: path, findings: [unreadable(why)] };
    }
  });
}

/** Reused for every file that fits: only the decoded text outlives a read. */
const readBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * More bytes than any text Node.js can hold in one string (a UTF-16 unit takes at most three
 * bytes of UTF-8): past this a read stops, so that a device that never ends is not read forever.
 */
const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH * 3;

/**
 * A file's bytes, valid until the next call. Unlike readFileSync, a file that fits the shared
 * buffer needs no stat and no buffer of its own: over a thousand small files both cost
 * milliseconds. Fails as readFileSync does.
 */
function readBytes(path: string): Uint8Array {
  const fd = openSync(path, "r");
  try {
    let buffer = readBuffer;
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const size = fstatSync(fd).size;
        if (Math.max(size, length) > MAX_TEXT_BYTES) throw Object.assign(new Error("too large"), { code: "ERR_STRING_TOO_LONG" });
        // One more byte than the size, so that the read that finds the end needs no more room.
        const larger = Buffer.allocUnsafe(Math.min(Math.max(size + 1, length * 2), MAX_TEXT_BYTES + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

export function readable(reads: readonly (SourceFile | FileResult)[]): SourceFile[] {
  return reads.filter((r): r is SourceFile => "text" in r);
}

/**
 * The run's results with the unreadable files put back in their places (lintSources keeps the
 * order of its sources, less those it passed over).
 */
export function withUnreadable(reads: readonly (SourceFile | FileResult)[], run: LintRun): LintRun {
  const linted = run.results.values();
  const passedOver = new Set(run.passedOver);
  return {
    ...run,
    results: [...reads.flatMap((r) => ("text" in r ? (passedOver.has(r.path) ? [] : [linted.next().value!]) : [r])), ...linted],
  };
}

/** Why a read failed, in words, for the errors a scanned tree can hold. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: "it no longer exists, or is a symbolic link to nothing",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "a loop of symbolic links",
  EISDIR: "it is a directory",
  ERR_STRING_TOO_LONG: `it holds more text than one Node.js string can keep, ${Math.round(constants.MAX_STRING_LENGTH / 2 ** 20)} MiB`,
};

function unreadable(why: string): FileResult["findings"][number] {
  return {
    ruleId: READ_ERROR.id,
    severity: "error",
    code: READ_ERROR.predicts,
    message: `cannot be read (${READ_FAILURES[why] ? `${READ_FAILURES[why]}, ${why}` : why}); nothing in it was checked`,
    pointer: "",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}
