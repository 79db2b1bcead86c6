import type { LintRun } from "../engine/index.js";
import { loadFormatter, type FormatName, type FormatInput } from "../formatters/index.js";
import { UsageError, useColor, writeFileAtomic, writeStdout } from "./io.js";

export interface ReportOptions {
  /** Undefined when the user chose none: stylish, plus annotations when running in GitHub Actions. */
  format?: FormatName;
  outputFile?: string;
}

/**
 * Writes the report. With `--output-file` the chosen format goes to the file (atomically) and
 * the terminal gets what it would get with no format chosen (stylish, plus annotations in
 * GitHub Actions), so a CI log shows what the file holds and a workflow that writes SARIF keeps
 * its annotations. Nothing but the report is ever written to stdout, so a machine format there
 * parses as it is.
 */
export async function emitReport(
  run: Pick<LintRun, "results" | "neededFacts">,
  cwd: string,
  options: ReportOptions,
): Promise<void> {
  const input: FormatInput = { results: run.results, cwd, neededFacts: run.neededFacts, color: false };
  if (options.outputFile !== undefined) {
    const format = await loadFormatter(options.format ?? "stylish");
    await writeFileAtomic(options.outputFile, format(input)).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot write ${options.outputFile}: ${error.code ?? error.message}`);
    });
  }
  const chosen = options.outputFile !== undefined ? undefined : options.format;
  const terminalFormat = chosen ?? "stylish";
  const terminal = await loadFormatter(terminalFormat);
  let out = terminal({ ...input, color: terminalFormat === "stylish" && useColor(process.stdout) });
  if (chosen === undefined && process.env.GITHUB_ACTIONS === "true") {
    out += (await loadFormatter("github"))(input);
  }
  writeStdout(out);
}
