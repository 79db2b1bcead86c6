import { relative, resolve } from "node:path";
import { applyBaseline, createBaseline, parseBaseline, type BaselineFile } from "../config/baseline.js";
import { findConfig, loadConfig, ProjectConfig, readOwnFile } from "../config/index.js";
import type { FileResult, LintRun, LintSettings } from "../engine/index.js";
import type { Kind } from "../extract/index.js";
import { writeFileAtomic, writeStderr } from "./io.js";

export interface ConfigOptions {
  /** A config file to use; false (--no-config) for none; undefined to look for cflint.config.json. */
  config?: string | false;
  baseline?: string;
  writeBaseline?: string;
  kind?: Kind;
  partial?: boolean;
}

/** What `check` needs from the config and the baseline, settled before any file is read. */
export interface RunSetup {
  settingsFor(path: string): LintSettings;
  /** Whether a file found on disk is left out (ignore globs, cflint's own files). */
  ignored(path: string): boolean;
  /** The results without the findings a baseline given with --baseline hides; writes nothing. */
  reported(run: LintRun): FileResult[];
  /** Adds findings about the config itself (stale suppressions) and applies or writes the baseline. */
  finish(run: LintRun): Promise<LintRun>;
}

export async function configure(options: ConfigOptions, cwd: string): Promise<RunSetup> {
  const configPath =
    options.config === false ? undefined : options.config !== undefined ? resolve(cwd, options.config) : findConfig(cwd);
  const loaded = configPath ? await loadConfig(configPath, cwd) : undefined;
  const baselinePath = options.writeBaseline ?? options.baseline;
  const project = new ProjectConfig(loaded, cwd, { kind: options.kind, partial: options.partial }, baselinePath ? [baselinePath] : []);
  // A bad baseline stops the run before any file is read.
  const baseline = options.baseline !== undefined ? await readBaseline(options.baseline, cwd) : undefined;

  return {
    settingsFor: (path) => project.settingsFor(path),
    ignored: (path) => project.ignored(path),
    reported: (run) => (baseline && options.baseline !== undefined ? applyBaseline(run.results, baseline, options.baseline, cwd) : run.results),
    async finish(run) {
      const stale = project.staleSuppressions(run);
      let results = stale ? [...run.results, stale] : run.results;
      if (options.writeBaseline !== undefined) {
        const written = createBaseline(results, options.writeBaseline, cwd);
        await writeFileAtomic(resolve(cwd, options.writeBaseline), JSON.stringify(written, null, 2) + "\n");
        // On stderr: stdout carries the report alone.
        const count = written.findings.length;
        writeStderr(
          `cflint: recorded ${count} finding${count === 1 ? "" : "s"} in ${options.writeBaseline}; ` +
            `--baseline ${options.writeBaseline} reports only findings not recorded there\n`,
        );
        results = applyBaseline(results, written, options.writeBaseline, cwd);
      } else if (baseline && options.baseline !== undefined) {
        results = applyBaseline(results, baseline, options.baseline, cwd);
      }
      return { ...run, results };
    },
  };
}

async function readBaseline(path: string, cwd: string): Promise<BaselineFile> {
  const shown = relative(cwd, resolve(cwd, path)) || path;
  return parseBaseline(readOwnFile(resolve(cwd, path), shown, "baseline"), shown);
}
