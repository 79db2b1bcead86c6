import { RULES } from "../../rules/index.js";
import type { FileResult, TextEdit } from "../engine/finding.js";
import { lintSources, type LintRun, type LintSettings, type SourceFile } from "../engine/lint.js";
import type { Rule } from "../engine/rule.js";
import { applyTextEdits } from "./text-edit.js";

/** Enough for fixes that make room for one another; a rule whose fixes never settle stops here (as in ESLint). */
export const MAX_PASSES = 10;

export interface FixedRun {
  /** The lint run of the fixed texts. */
  run: LintRun;
  /** The sources with their fixes applied, in the order given. */
  sources: SourceFile[];
}

/**
 * Lints the sources, applies the fixes of the findings that `reported` keeps (what the user would
 * see: not those a baseline hides, nor warnings under --quiet), and lints again, until no fix
 * changes a text or MAX_PASSES is reached. Fixes that overlap one already applied wait for the next
 * pass, where they are computed afresh on the new text. Files are linted together each pass, so
 * rules across files see every fix. `overrideFiles` are as lintSources takes them.
 */
export function fixSources(
  sources: readonly SourceFile[],
  settingsFor: (path: string) => LintSettings,
  reported: (run: LintRun) => readonly FileResult[] = (run) => run.results,
  rules: readonly Rule[] = RULES,
  overrideFiles: readonly SourceFile[] = [],
): FixedRun {
  let current = [...sources];
  let run = lintSources(current, settingsFor, rules, overrideFiles);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = new Map<string, TextEdit[]>();
    for (const result of reported(run)) {
      for (const finding of result.findings) {
        if (finding.fix) fixes.set(result.filePath, [...(fixes.get(result.filePath) ?? []), finding.fix]);
      }
    }
    let changed = false;
    current = current.map((source) => {
      const edits = fixes.get(source.path);
      if (!edits) return source;
      const { output } = applyTextEdits(source.text, edits);
      if (output === source.text) return source;
      changed = true;
      return { ...source, text: output };
    });
    if (!changed) break;
    run = lintSources(current, settingsFor, rules, overrideFiles);
  }
  return { run, sources: current };
}
