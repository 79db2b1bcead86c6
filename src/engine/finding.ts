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
}

export interface FileResult {
  filePath: string;
  findings: Finding[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
