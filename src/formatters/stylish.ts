import { createColors } from "picocolors";
import { printable } from "../text/printable.js";
import { countSeverities, describeNeededFacts, type FormatInput } from "./index.js";

/**
 * One block per file with aligned columns, then a summary line, as people read in a terminal.
 * Findings that --fix would repair end with "(fixable)"; with --fix-dry-run, each file the fixes
 * change is printed whole, fixed, before what remains in it.
 */
export function formatStylish({ results, neededFacts, color }: FormatInput): string {
  const c = createColors(color);
  let out = "";
  let fixable = 0;
  for (const result of results) {
    if (result.output !== undefined) {
      out += `\n${c.underline(printable(result.filePath))} with fixes applied (not written):\n${result.output}`;
      if (!/[\r\n]$/.test(result.output)) out += "\n";
    }
    if (result.findings.length === 0) continue;
    const rows = result.findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity,
      f.code,
      f.message,
      f.fix ? `${f.ruleId} (fixable)` : f.ruleId,
    ]);
    fixable += result.findings.filter((f) => f.fix).length;
    const width = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col]!.length)));
    // A file name can hold a line break or an escape sequence too.
    out += `\n${c.underline(printable(result.filePath))}\n`;
    for (const [position, severity, code, message, ruleId] of rows) {
      const paint = severity === "error" ? c.red : c.yellow;
      out +=
        `  ${c.dim(position!.padEnd(width[0]!))}  ${paint(severity!.padEnd(width[1]!))}  ` +
        `${c.bold(code!.padEnd(width[2]!))}  ${message}  ${c.dim(ruleId!)}\n`;
    }
  }
  const { errors, warnings } = countSeverities(results);
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
    out += `\n${c.bold(errors > 0 ? c.red(summary) : c.yellow(summary))}\n`;
    if (fixable > 0) out += `${plural(fixable, "problem")} fixable with --fix\n`;
  }
  if (neededFacts.checks > 0) {
    out += `${total > 0 ? "" : "\n"}${describeNeededFacts(neededFacts)}\n`;
  }
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
