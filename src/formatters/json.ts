import type { FormatInput } from "./index.js";
import { absolutePathsFrom } from "./paths.js";

/**
 * ESLint's JSON shape, so tools that read ESLint results read these; plus `code` and `pointer`.
 * A fixable message carries `fix` ({range, text}, offsets into the file's text) and one with
 * choices `suggestions`; with --fix-dry-run a file whose text the fixes change has `output`.
 */
export function formatJson({ results, cwd }: FormatInput): string {
  const absolute = absolutePathsFrom(cwd);
  const out = results.map((result) => {
    let errorCount = 0;
    let warningCount = 0;
    let fixableErrorCount = 0;
    let fixableWarningCount = 0;
    const messages = result.findings.map((f) => {
      if (f.severity === "error") {
        errorCount++;
        if (f.fix) fixableErrorCount++;
      } else {
        warningCount++;
        if (f.fix) fixableWarningCount++;
      }
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
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.suggestions ? { suggestions: f.suggestions } : {}),
      };
    });
    return {
      filePath: result.filePath === "<stdin>" ? result.filePath : absolute(result.filePath),
      messages,
      errorCount,
      warningCount,
      fixableErrorCount,
      fixableWarningCount,
      ...(result.output !== undefined ? { output: result.output } : {}),
    };
  });
  return JSON.stringify(out) + "\n";
}
