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
      // Optional keys added last, as assignments: a spread per message and per file costs more.
      const message: Record<string, unknown> = {
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
      if (f.fix) message.fix = f.fix;
      if (f.suggestions) message.suggestions = f.suggestions;
      return message;
    });
    const file: Record<string, unknown> = {
      filePath: result.filePath === "<stdin>" ? result.filePath : absolute(result.filePath),
      messages,
      errorCount,
      warningCount,
      fixableErrorCount,
      fixableWarningCount,
    };
    if (result.output !== undefined) file.output = result.output;
    return file;
  });
  return JSON.stringify(out) + "\n";
}
