import { findFiles } from "../files/index.js";
import { lintFiles, type FileResult, type LintRun } from "../engine/index.js";
import { countSeverities } from "../formatters/index.js";
import type { CheckOptions } from "./program.js";
import { EXIT, readStdin, stdinIsPiped, UsageError, writeStderr } from "./io.js";
import { emitReport } from "./report.js";
import { configure } from "./configure.js";
import { PARSE_ERROR, READ_ERROR, RULE_CRASHED } from "../engine/builtin-rules.js";
import { decodeSource } from "../engine/decode.js";

/** The name stdin is reported by without --stdin-filename. */
const UNNAMED_STDIN = "<stdin>";

export async function check(paths: string[], options: CheckOptions): Promise<number> {
  const cwd = process.cwd();
  const readsStdin = paths.includes("-") || (paths.length === 0 && stdinIsPiped());
  const filePaths = paths.filter((p) => p !== "-");
  if (!readsStdin && filePaths.length === 0)
    throw new UsageError("no paths given: cflint check <files, directories or globs>, or pipe a file into it");

  const { files, searched, unmatched } = await findFiles(filePaths, cwd);
  if (unmatched.length > 0) throw new UsageError(unmatched.map((u) => `${u.pattern}: ${u.reason}`).join("; "));

  if (options.fix && readsStdin) throw new UsageError("--fix cannot write to stdin: use --fix-dry-run to print the fixed text");

  const setup = await configure(options, cwd);
  // Stdin is decoded as files are, so bytes that are not UTF-8 text get the same finding.
  const stdin = readsStdin ? [decodeSource(options.stdinFilename ?? UNNAMED_STDIN, await readStdin())] : [];
  const texts = stdin.filter((s) => "text" in s);
  const targets = files.filter((f) => !setup.ignored(f));
  const quiet = (results: readonly FileResult[]): FileResult[] =>
    options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") })) : [...results];

  // A directory holds other tools' files (package.json, tsconfig.json, workflows): one a search
  // found that holds nothing cflint checks is passed over. A file named is reported whatever it holds.
  let linted: LintRun;
  let notWritten: { path: string; reason: string }[] = [];
  if (options.fix || options.fixDryRun) {
    const { fixFiles } = await import("../fix/index.js");
    // Only what the user would see is fixed: not findings a baseline hides, nor warnings under --quiet.
    const fixed = await fixFiles(targets, setup.settingsFor, { cwd, texts, found: searched, reported: (run) => quiet(setup.reported(run)), write: Boolean(options.fix) });
    linted = fixed.run;
    notWritten = fixed.notWritten;
  } else {
    linted = await lintFiles(targets, setup.settingsFor, cwd, texts, searched);
  }
  const run: LintRun = await setup.finish(linted);
  const all = [...run.results, ...stdin.filter((s) => "findings" in s)];
  const results = quiet(all);

  await emitReport({ results, neededFacts: run.neededFacts }, cwd, options);

  // Unnamed stdin is read as JSON: YAML or Terraform piped in fails at its first character.
  if (all.some((r) => r.filePath === UNNAMED_STDIN && r.findings.some((f) => f.ruleId === PARSE_ERROR.id)))
    writeStderr("cflint: stdin is read as JSON; name it with --stdin-filename (x.yaml, x.tf, x.jsonc) to read it as YAML, Terraform or JSONC\n");

  for (const { path, reason } of notWritten) writeStderr(`cflint: ${path}: fixes not written: ${reason}\n`);

  // A clean run that found nothing to check would look like a pass: say so.
  const passedOver = run.passedOver.length;
  if (all.length === 0 && passedOver > 0) {
    const what = passedOver === 1 ? "the file found holds no" : `none of the ${passedOver} files found holds`;
    writeStderr(`cflint: ${what} Cloudflare configuration; name a file to check it whatever it holds\n`);
  }

  // As in ESLint, --quiet hides warnings but --max-warnings still counts them.
  const { errors, warnings } = countSeverities(all);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    const hidden = options.quiet ? " (not shown under --quiet)" : "";
    writeStderr(`cflint: ${warnings} warning${warnings === 1 ? "" : "s"}${hidden}, more than --max-warnings ${options.maxWarnings}\n`);
  }
  if (notWritten.length > 0 || results.some((r) => r.findings.some((f) => f.ruleId === RULE_CRASHED.id))) return EXIT.usage;
  // Findings about files that could not be read would otherwise pass for a check that found errors.
  if (results.length > 0 && results.every((r) => r.findings.some((f) => f.ruleId === READ_ERROR.id))) return EXIT.usage;
  if (errors > 0 || tooManyWarnings) return EXIT.findings;
  return EXIT.clean;
}
