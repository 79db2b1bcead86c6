import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { decodeText } from "../parse/encoding.js";
import { PARSE_ERROR, READ_ERROR } from "./builtin-rules.js";
import type { FileResult } from "./finding.js";
import { DEFAULT_SETTINGS, lintSources, type LintRun, type LintSettings, type SourceFile } from "./lint.js";

export { lintSources, DEFAULT_SETTINGS } from "./lint.js";
export type { LintRun, LintSettings, NeededFacts, RuleSetting, SourceFile, Suppression } from "./lint.js";
export type { FileResult, Finding, Severity } from "./finding.js";

/** Lints one text as if it were the file `filePath`. */
export function lintText(text: string, filePath = "<stdin>", settings: LintSettings = DEFAULT_SETTINGS): LintRun {
  return lintSources([{ path: filePath, text }], () => settings);
}

/** Bytes in hand rather than on disk, such as stdin: decoded and checked like a file's. */
export interface ByteSource {
  path: string;
  bytes: Uint8Array;
}

/**
 * Reads and lints files together, with any texts already in hand (stdin) after them. A file that
 * cannot be read, or is not UTF-8 text, is reported in its own result and the others are still checked.
 */
export async function lintFiles(
  paths: readonly string[],
  settingsFor: (path: string) => LintSettings = () => DEFAULT_SETTINGS,
  cwd = process.cwd(),
  texts: readonly (SourceFile | ByteSource)[] = [],
): Promise<LintRun> {
  const reads = await Promise.all(
    paths.map(async (path): Promise<SourceFile | FileResult> => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(resolve(cwd, path));
      } catch (error) {
        return { filePath: path, findings: [unreadable(error as NodeJS.ErrnoException)] };
      }
      return decodeSource(path, bytes);
    }),
  );
  reads.push(...texts.map((t) => ("bytes" in t ? decodeSource(t.path, t.bytes) : t)));
  const run = lintSources(reads.filter((r): r is SourceFile => "text" in r), settingsFor);
  // lintSources keeps the order of its sources; put the files it did not get back in their places.
  const linted = run.results.values();
  return { ...run, results: reads.map((r) => ("text" in r ? linted.next().value! : r)) };
}

function decodeSource(path: string, bytes: Uint8Array): SourceFile | FileResult {
  const decoded = decodeText(bytes);
  if ("text" in decoded) return { path, text: decoded.text };
  const { message, range } = decoded;
  return { filePath: path, findings: [{ ruleId: PARSE_ERROR.id, severity: "error", code: PARSE_ERROR.predicts, message, pointer: "", ...range }] };
}

/** Why a read failed, in words, for the errors a scanned tree can hold. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: "it no longer exists, or is a symbolic link to nothing",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "a loop of symbolic links",
  EISDIR: "it is a directory",
};

function unreadable(error: NodeJS.ErrnoException): FileResult["findings"][number] {
  const why = error.code ? (READ_FAILURES[error.code] ? `${READ_FAILURES[error.code]}, ${error.code}` : error.code) : error.message;
  return {
    ruleId: READ_ERROR.id,
    severity: "error",
    code: READ_ERROR.predicts,
    message: `cannot be read (${why}); nothing in it was checked`,
    pointer: "",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}
