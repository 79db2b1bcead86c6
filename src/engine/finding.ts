import type { Range } from "../parse/position.js";

export type Severity = "error" | "warning";

/** One problem, placed in its file. */
export interface Finding extends Range {
  ruleId: string;
  severity: Severity;
  /** The error the real system would answer with: a key of the code catalog. */
  code: string;
  message: string;
  /** JSON pointer of the offending key or value in the file's document. */
  pointer: string;
  /**
   * A hash of the value at `pointer` (key order and formatting aside): with the rule, file and
   * pointer it identifies a finding across edits elsewhere in the file (baselines, SARIF
   * partialFingerprints). Absent for findings about the file as a whole, such as a read error.
   */
  fingerprint?: string;
  /** The edit `--fix` applies (ESLint's shape): replace `range` (offsets into the file's text) with `text`. */
  fix?: TextEdit;
  /** Repairs that need a choice, never applied by `--fix`. */
  suggestions?: Suggestion[];
}

/** A replacement of the text between two offsets (UTF-16 code units, end exclusive). */
export interface TextEdit {
  range: readonly [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: TextEdit;
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** With `--fix-dry-run`: the file's text with the fixes applied, when that differs from the file. */
  output?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
