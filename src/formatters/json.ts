import { resolve } from "node:path";
import type { FormatInput } from "./index.js";

/** ESLint's JSON shape, so tools that read ESLint results read these; plus `code` and `pointer`. */
export function formatJson({ results, cwd }: FormatInput): string {
  const out = results.map((result) => {
    let errorCount = 0;
    let warningCount = 0;
    const messages = result.findings.map((f) => {
      if (f.severity === "error") errorCount++;
      else warningCount++;
      return {
        ruleId: f.ruleId,
        severity: f.severity === "error" ? 2 : 1,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        code: f.code,
        pointer: f.pointer,
      };
    });
    return {
      filePath: result.filePath === "<stdin>" ? result.filePath : resolve(cwd, result.filePath),
      messages,
      errorCount,
      warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
  return JSON.stringify(out) + "\n";
}
