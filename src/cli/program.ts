import { lstatSync } from "node:fs";
import { packageInfo } from "../package.js";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { KINDS } from "../extract/kinds.js";
import { FORMATS } from "../formatters/index.js";
import { ConfigError, UnreadableFileError } from "../config/errors.js";
import { closest } from "../text/did-you-mean.js";
import { EXIT, UsageError, writeStderr, writeStdout } from "./io.js";

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value);
}

export interface CheckOptions {
  /** Undefined when not given: stylish, with annotations added in GitHub Actions. */
  format?: (typeof FORMATS)[number];
  kind?: (typeof KINDS)[number];
  partial?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  outputFile?: string;
  stdinFilename?: string;
  config?: string | false;
  baseline?: string;
  writeBaseline?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("cflint")
    .description("Lint Cloudflare Load Balancing and Spectrum configuration, and name the error each mistake would cause.")
    .version(packageInfo().version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: writeStdout, writeErr: writeStderr, outputError: (text, write) => write(`cflint: ${text.replace(/^error: /, "")}`) })
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      "\nWithout a command, cflint checks the paths it is given: cflint lb/ is cflint check lb/ (a command's name comes first: cflint check rules checks a directory named rules).",
    );

  program
    .command("check", { isDefault: true })
    .description("check files, directories, globs, or stdin ('-')")
    .argument(
      "[paths...]",
      "files, directories (searched for *.json, *.jsonc, *.yaml, *.yml, *.tf, *.tf.json) or globs; '-' reads stdin. A file a search finds that holds no Cloudflare configuration is passed over",
    )
    .addOption(
      new Option("-f, --format <format>", "output format (default: stylish, plus annotations in GitHub Actions)").choices(FORMATS),
    )
    .addOption(new Option("--kind <kind>", "treat every object as this kind instead of recognising it").choices(KINDS))
    .option("--partial", "the files are part of a larger configuration (a pre-commit hook's staged files): a monitor or pool they name that the run does not hold is not reported")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this, saying so on stderr", nonNegativeInteger)
    .option("--quiet", "report errors only (--max-warnings still counts the warnings)")
    .option("-o, --output-file <file>", "write the report to a file; the terminal gets the stylish report (and the annotations in GitHub Actions)")
    .option("--stdin-filename <name>", "the file name to report for stdin (its extension picks the parser; without it, stdin is read as JSON)")
    .option("-c, --config <file>", "use this config file instead of the nearest cflint.config.json")
    .option("--no-config", "use no config file")
    .option("--baseline <file>", "report only findings that this baseline does not record")
    .addOption(new Option("--write-baseline <file>", "record today's findings in a baseline file; report only the rest").conflicts("baseline"))
    .option("--fix", "repair the findings that have one right answer, in place, and report what remains")
    .addOption(new Option("--fix-dry-run", "print the fixed text instead of writing it (with --format json, in each file's output)").conflicts("fix"))
    .action(async (paths: string[], options: CheckOptions) => {
      const { check } = await import("./check.js");
      setExit(await check(paths, options));
    });

  program
    .command("rules")
    .description("list the rules and the code each one predicts")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (options: { format: "text" | "json" }) => {
      const { listRules } = await import("./rules.js");
      setExit(listRules(options.format));
    });

  program
    .command("init")
    .description("write a starter cflint.config.json in the current directory (never overwrites one), where check run there or below finds it")
    .action(async () => {
      const { init } = await import("./init.js");
      setExit(await init(process.cwd()));
    });

  program
    .command("explain")
    .description("explain an error code (11000, 1002, 'Response code mismatch') or a rule id")
    .argument("<code-or-rule>")
    .action(async (key: string) => {
      const { explain } = await import("./explain.js");
      setExit(explain(key));
    });

  program
    .command("probe")
    .description("run a monitor's health check against real origins, and name the failure as Cloudflare would")
    .argument("<file>", "a file holding the monitor, and the pool whose origins to probe")
    .option("--monitor <pointer>", "JSON pointer of the monitor in the file (default: the pool's monitor, or the only one)")
    .option("--pool <pointer>", "JSON pointer of the pool whose enabled origins to probe (default: the only one)")
    .option("--origin <address[:port]>", "probe this address instead of a pool's origins; a port replaces the monitor's")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .action(async (file: string, options: import("./probe.js").ProbeOptions) => {
      const { probeCommand } = await import("./probe.js");
      setExit(await probeCommand(file, options));
    });

  return program;
}

/**
 * `cflint <paths>` runs check, so a mistyped command would be read as a path and reported as a
 * missing file. A bare word that names no file but is a typo of a command is called what it is.
 */
function rejectMistypedCommand(program: Command, first: string): void {
  if (!/^[a-z]+$/i.test(first)) return;
  const names = [...program.commands.map((c) => c.name()), "help"];
  if (names.includes(first) || exists(first)) return;
  const guess = closest(first, names);
  // Either may be meant: a directory of another checkout (`prod`) or a command (`chek`).
  if (guess) throw new UsageError(`${first}: no such file or directory, nor a command (did you mean "${guess}"?)`);
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings, 2 cflint could not run. */
export async function run(argv: readonly string[]): Promise<number> {
  let exit: number = EXIT.clean;
  const program = buildProgram((code) => (exit = code));
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    rejectMistypedCommand(program, argv[0]!);
    await program.parseAsync(argv, { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (error instanceof ConfigError) {
      writeStderr(`${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof UnreadableFileError) {
      writeStderr(`cflint: ${error.message}\n`);
      return EXIT.usage;
    }
    writeStderr(`cflint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.usage;
  }
}
