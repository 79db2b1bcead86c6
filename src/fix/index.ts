import { resolve } from "node:path";
import { readable, readRun, withUnreadable } from "../engine/index.js";
import type { FileResult } from "../engine/finding.js";
import { lintSources, type LintRun, type LintSettings, type SourceFile } from "../engine/lint.js";
import { fixSources } from "./run.js";
import { snapshot, writeFixed, type Snapshot } from "./write.js";

export interface FixOptions {
  cwd: string;
  /** Texts already in hand (stdin), after the files: fixed in memory, never written. */
  texts?: readonly SourceFile[];
  /** The paths a search found (SourceFile.found). */
  found?: ReadonlySet<string>;
  /** The findings whose fixes apply: those the user would see. */
  reported?: (run: LintRun) => readonly FileResult[];
  /** Write the fixed files (--fix); otherwise put the fixed text in each result's `output` (--fix-dry-run). */
  write: boolean;
}

export interface FixFilesResult {
  /** The findings that remain: in the files as written, or in the fixed texts of a dry run. */
  run: LintRun;
  /** Files whose fixes were not written, and why. */
  notWritten: { path: string; reason: string }[];
}

/** `check --fix` and `--fix-dry-run`: reads the files, fixes them together, and writes what changed. */
export async function fixFiles(
  paths: readonly string[],
  settingsFor: (path: string) => LintSettings,
  options: FixOptions,
): Promise<FixFilesResult> {
  const { reads, sources: originals, overrides } = await readRun(paths, options.cwd, options.texts, options.found);
  const seen = new Map<string, Snapshot | undefined>();
  if (options.write) {
    for (const source of readable(reads)) seen.set(source.path, await snapshot(resolve(options.cwd, source.path), source.text));
  }
  const fixed = fixSources(originals, settingsFor, options.reported, undefined, overrides);
  const changed = fixed.sources.filter((source, i) => source.text !== originals[i]!.text);

  if (!options.write) {
    const outputs = new Map(changed.map((s) => [s.path, s.text]));
    const results = fixed.run.results.map((r) => (outputs.has(r.filePath) ? { ...r, output: outputs.get(r.filePath)! } : r));
    return { run: withUnreadable(reads, { ...fixed.run, results }), notWritten: [] };
  }

  const notWritten: FixFilesResult["notWritten"] = [];
  for (const source of changed) {
    const why = await writeFixed(resolve(options.cwd, source.path), seen.get(source.path), source.text);
    if (why !== undefined) notWritten.push({ path: source.path, reason: why });
  }
  if (notWritten.length === 0) return { run: withUnreadable(reads, fixed.run), notWritten };
  // What remains is what is on disk: the files left unwritten still hold their original problems.
  const kept = new Set(notWritten.map((n) => n.path));
  const onDisk = fixed.sources.map((source, i) => (kept.has(source.path) ? originals[i]! : source));
  return { run: withUnreadable(reads, lintSources(onDisk, settingsFor, undefined, overrides)), notWritten };
}
