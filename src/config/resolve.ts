import { createRequire } from "node:module";
import { basename, dirname, relative, resolve, sep } from "node:path";
import type { AccountFacts } from "../engine/account.js";
import { UNUSED_SUPPRESSION } from "../engine/builtin-rules.js";
import type { FileResult, Finding } from "../engine/finding.js";
import { fingerprintOf, type LintRun, type LintSettings, type RuleSetting } from "../engine/lint.js";
import type { Suppression } from "../engine/suppress.js";
import type { Kind } from "../extract/index.js";
import { CONFIG_FILE } from "./discover.js";
import type { ConfigFile, Globs, LoadedConfig, RuleLevel } from "./load.js";

/** Never linted when found in a directory: cflint's own files, not Cloudflare configuration. */
const OWN_FILES = [CONFIG_FILE, "cflint-baseline.json"];

/**
 * What the config says about each file: its account facts, rule severities and suppressions.
 * Files with the same effective account get the same account object, so the engine lints them
 * as one project (references, quotas) and keeps a staging account apart from production.
 */
export class ProjectConfig {
  private readonly config: ConfigFile;
  private readonly dir: string;
  /** Undefined when the config ignores nothing, so most files need no path worked out. */
  private readonly ignores: ((path: string) => boolean) | undefined;
  private readonly overrides: { matches: (path: string) => boolean; account?: AccountFacts; rules?: Record<string, RuleLevel> }[];
  private readonly suppressions: { matches: (path: string) => boolean; entry: Suppression; files: Globs }[];
  private readonly settings = new Map<string, LintSettings>();
  /** The settings of every file, when no override or suppression tells files apart. */
  private everyFile: LintSettings | undefined;
  private readonly accounts = new Map<string, AccountFacts>();
  /** Absolute paths, each with its base name, which a path must end with to be that file. */
  private readonly skipped: { path: string; name: string }[];
  /** Paths as the globs see them, worked out once per file for `ignored` and `settingsFor`. */
  private readonly relatives = new Map<string, string>();

  /** `loaded` undefined: no config file, so every file gets the defaults. */
  constructor(
    private readonly loaded: LoadedConfig | undefined,
    private readonly cwd: string,
    /** What the command line says of every file: its kind (--kind), and that the run is partial (--partial). */
    private readonly run: { kind?: Kind; partial?: boolean } = {},
    /** Further files never to lint, such as the baseline in use. */
    skip: readonly string[] = [],
  ) {
    this.config = loaded?.value ?? {};
    this.dir = loaded ? dirname(loaded.path) : cwd;
    this.ignores = this.config.ignore?.length ? matcher(this.config.ignore) : undefined;
    this.overrides = (this.config.overrides ?? []).map((o) => ({ matches: matcher(o.files), account: o.account, rules: o.rules }));
    this.suppressions = (this.config.suppress ?? []).map((s) => ({
      matches: matcher(s.files),
      entry: { rule: s.rule, pointer: s.pointer, reason: s.reason },
      files: s.files,
    }));
    this.skipped = [...(loaded ? [loaded.path] : []), ...skip.map((p) => resolve(cwd, p))].map((path) => ({ path, name: basename(path) }));
  }

  /** Whether a file found on disk is left out: cflint's own files and the config's `ignore` globs. */
  ignored(path: string): boolean {
    return (
      // endsWith first: basename of every path found costs milliseconds over a thousand files.
      OWN_FILES.some((name) => path.endsWith(name) && basename(path) === name) ||
      // The name first, as above: resolving every path found costs milliseconds too.
      this.skipped.some((file) => path.endsWith(file.name) && resolve(this.cwd, path) === file.path) ||
      (this.ignores !== undefined && this.ignores(this.relative(path)))
    );
  }

  settingsFor(path: string): LintSettings {
    // Without overrides or suppressions, no glob reads the path and every file gets the same settings.
    if (this.overrides.length + this.suppressions.length === 0) return (this.everyFile ??= this.settingsWith([], []));
    const rel = this.relative(path);
    const overrides = this.overrides.flatMap((o, i) => (o.matches(rel) ? [i] : []));
    const suppress = this.suppressions.flatMap((s, i) => (s.matches(rel) ? [i] : []));
    return this.settingsWith(overrides, suppress);
  }

  /** The settings under these overrides and suppressions (indexes), made once for each combination. */
  private settingsWith(overrides: number[], suppress: number[]): LintSettings {
    const key = `${overrides.join(",")}|${suppress.join(",")}`;
    let settings = this.settings.get(key);
    if (!settings) {
      const rules: Record<string, RuleSetting> = {};
      for (const source of [this.config.rules, ...overrides.map((i) => this.overrides[i]!.rules)]) {
        for (const [id, level] of Object.entries(source ?? {})) rules[id] = level === "warn" ? "warning" : level;
      }
      settings = {
        account: this.accountFor(overrides.filter((i) => this.overrides[i]!.account)),
        rules,
        ...(suppress.length > 0 ? { suppress: suppress.map((i) => this.suppressions[i]!.entry) } : {}),
        ...(this.run.kind ? { kind: this.run.kind } : {}),
        ...(this.run.partial ? { partial: true } : {}),
      };
      this.settings.set(key, settings);
    }
    return settings;
  }

  /**
   * The config's `suppress` entries that silenced nothing, as findings in the config file at
   * each entry; undefined when there are none (or the rule is turned off).
   */
  staleSuppressions(run: LintRun): FileResult | undefined {
    const level = this.config.rules?.[UNUSED_SUPPRESSION.id];
    if (!this.loaded || level === "off" || run.unusedSuppressions.length === 0) return undefined;
    const findings: Finding[] = [];
    this.suppressions.forEach(({ entry, files }, i) => {
      if (!run.unusedSuppressions.includes(entry)) return;
      const pointer = `/suppress/${i}`;
      const where = entry.pointer === "" ? "" : ` at ${entry.pointer}`;
      findings.push({
        ruleId: UNUSED_SUPPRESSION.id,
        severity: level === undefined ? UNUSED_SUPPRESSION.severity : level === "warn" ? "warning" : "error",
        code: UNUSED_SUPPRESSION.predicts,
        message: `nothing to suppress: ${entry.rule} reports nothing${where} in ${[files].flat().join(", ")}; remove this entry`,
        pointer,
        ...this.loaded!.document.locate(pointer),
        fingerprint: fingerprintOf(entry),
      });
    });
    return { filePath: relative(this.cwd, this.loaded.path) || this.loaded.path, findings };
  }

  /** Override accounts merged over the base one, in order; nested entitlements and quotas key by key. */
  private accountFor(overrides: number[]): AccountFacts {
    const key = overrides.join(",");
    let account = this.accounts.get(key);
    if (!account) {
      account = { ...this.config.account };
      for (const i of overrides) {
        const { entitlements, quotas, ...rest } = this.overrides[i]!.account!;
        Object.assign(account, rest);
        if (entitlements) account.entitlements = { ...account.entitlements, ...entitlements };
        if (quotas) account.quotas = { ...account.quotas, ...quotas };
      }
      this.accounts.set(key, account);
    }
    return account;
  }

  /** A path as the config's globs see it: relative to the config's directory, with forward slashes. */
  private relative(path: string): string {
    let rel = this.relatives.get(path);
    if (rel === undefined) {
      rel = relative(this.dir, resolve(this.cwd, path)).split(sep).join("/");
      this.relatives.set(path, rel);
    }
    return rel;
  }
}

/** Loaded on the first glob, so that runs without a config do not pay for it. */
let picomatchModule: typeof import("picomatch") | undefined;

/** Matches a path against globs; a glob starting with `!` excludes what the others include. */
function matcher(globs: Globs): (path: string) => boolean {
  const list = [globs].flat();
  const include = list.filter((g) => !g.startsWith("!"));
  const exclude = list.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  if (include.length === 0) return () => false;
  const picomatch = (picomatchModule ??= createRequire(import.meta.url)("picomatch") as typeof import("picomatch"));
  const included = picomatch(include, { dot: true });
  const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  return (path) => included(path) && !excluded(path);
}
