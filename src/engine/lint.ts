import { RULES } from "../../rules/index.js";
import { extract, type Kind, type Resource } from "../extract/index.js";
import { parseDocument, type ParsedDocument, type Range, type Target } from "../parse/index.js";
import { validate } from "../schema/index.js";
import { readFact, type AccountFacts, type FactName } from "./account.js";
import {
  DUPLICATE_KEY,
  FATAL_RULES,
  PARSE_ERROR,
  RULE_CRASHED,
  SCHEMA_RULES,
  UNKNOWN_KIND,
} from "./builtin-rules.js";
import { compareFindings, type FileResult, type Finding, type Severity } from "./finding.js";
import {
  isProjectRule,
  type AccountView,
  type Located,
  type Project,
  type ProjectRule,
  type ResourceRule,
  type Rule,
  type RuleMeta,
} from "./rule.js";

export interface SourceFile {
  path: string;
  text: string;
}

export type RuleSetting = Severity | "off";

/** What applies to one file: the account it belongs to and how rules are tuned for it. */
export interface LintSettings {
  /** Treat every object as this kind instead of recognising it. */
  kind?: Kind;
  account: AccountFacts;
  rules: Record<string, RuleSetting>;
}

export interface LintRun {
  results: FileResult[];
  /** The checks that stayed silent for want of account facts, and which facts would settle them. */
  neededFacts: NeededFacts;
}

export interface NeededFacts {
  checks: number;
  facts: FactName[];
}

export const DEFAULT_SETTINGS: LintSettings = { account: {}, rules: {} };

/**
 * Lints files together. Files that share an account (the same `account` object in their
 * settings) form one project, so rules across objects see all of them.
 */
export function lintSources(
  sources: readonly SourceFile[],
  settingsFor: (path: string) => LintSettings = () => DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
): LintRun {
  const needs = new NeedTracker();
  const rulesFor = resourceRulesFor(rules);
  const files: FileState[] = sources.map((source) => lintFile(source, settingsFor(source.path), rulesFor, needs));

  const projects = new Map<AccountFacts, FileState[]>();
  for (const file of files) {
    const group = projects.get(file.settings.account) ?? [];
    group.push(file);
    projects.set(file.settings.account, group);
  }
  for (const [account, group] of projects) runProjectRules(group, account, rules, needs);

  return {
    results: files.map((f) => ({ filePath: f.path, findings: f.findings.sort(compareFindings) })),
    neededFacts: needs.summary(),
  };
}

interface FileState {
  path: string;
  settings: LintSettings;
  document: ParsedDocument;
  findings: Finding[];
  /** Resources whose shape lets rules read them safely. */
  resources: Located[];
}

type RulesFor = (settings: LintSettings, kind: Kind) => readonly ResourceRule[];

/** The resource rules that are on for a kind under some settings, worked out once per run, not per resource. */
function resourceRulesFor(rules: readonly Rule[]): RulesFor {
  const cache = new Map<LintSettings, Map<Kind, ResourceRule[]>>();
  return (settings, kind) => {
    let byKind = cache.get(settings);
    if (!byKind) cache.set(settings, (byKind = new Map()));
    let list = byKind.get(kind);
    if (!list) {
      list = rules.filter(
        (rule): rule is ResourceRule => !isProjectRule(rule) && rule.kinds.includes(kind) && !!severityOf(rule, settings),
      );
      byKind.set(kind, list);
    }
    return list;
  };
}

function lintFile(source: SourceFile, settings: LintSettings, rulesFor: RulesFor, needs: NeedTracker): FileState {
  const document = parseDocument(source.text, source.path);
  const state: FileState = { path: source.path, settings, document, findings: [], resources: [] };
  const report = (meta: RuleMeta, pointer: string, message: string, range?: Range, target?: Target) => {
    const severity = severityOf(meta, settings);
    if (!severity) return;
    const at = range ?? document.locate(pointer, target);
    state.findings.push({ ruleId: meta.id, severity, code: meta.predicts, message, pointer, ...at });
  };

  for (const problem of document.problems) {
    if (problem.kind === "syntax") report(PARSE_ERROR, "", problem.message, problem.range);
    else report(DUPLICATE_KEY, problem.pointer ?? "", problem.message, problem.range);
  }
  if (document.value === undefined) return state;

  const { resources, unrecognised } = extract(document.value, settings.kind);
  for (const item of unrecognised) report(UNKNOWN_KIND, item.pointer, `not checked: ${item.reason}`);

  for (const resource of resources) {
    let readable = true;
    for (const violation of validate(resource.kind, resource.value)) {
      readable &&= !violation.structural;
      report(SCHEMA_RULES[resource.kind], resource.pointer + violation.at, violation.message, undefined, violation.target);
    }
    if (!readable) continue;
    const located = { ...resource, file: source.path } as Located;
    state.resources.push(located);
    for (const rule of rulesFor(settings, resource.kind)) {
      runGuarded(rule, source.path, report, () =>
        rule.check(resource.value, {
          account: needs.view(settings.account, rule.id, resource.pointer, source.path),
          report: (r) => report(rule, resource.pointer + (r.at ?? ""), r.message, undefined, r.target),
        }),
      );
    }
  }
  return state;
}

function runProjectRules(group: FileState[], account: AccountFacts, rules: readonly Rule[], needs: NeedTracker): void {
  const resources = group.flatMap((f) => f.resources);
  const byFile = new Map(group.map((f) => [f.path, f]));
  const project: Project = {
    resources,
    of: <K extends Kind>(kind: K) => resources.filter((r): r is Located<K> => r.kind === kind),
  };
  for (const rule of rules) {
    if (!isProjectRule(rule)) continue;
    const fileReport = (path: string) => (meta: RuleMeta, pointer: string, message: string, range?: Range, target?: Target) => {
      const file = byFile.get(path)!;
      const severity = severityOf(meta, file.settings);
      if (!severity) return;
      const at = range ?? file.document.locate(pointer, target);
      file.findings.push({ ruleId: meta.id, severity, code: meta.predicts, message, pointer, ...at });
    };
    runGuarded(rule, group[0]?.path ?? "", fileReport(group[0]?.path ?? ""), () =>
      (rule as ProjectRule).checkProject(project, {
        account: needs.view(account, rule.id, "", ""),
        report: ({ resource, at, target, message }) =>
          fileReport(resource.file)(rule, resource.pointer + (at ?? ""), message, undefined, target),
      }),
    );
  }
}

type Reporter = (meta: RuleMeta, pointer: string, message: string, range?: Range, target?: Target) => void;

/** A bug in one rule must not hide the other rules' findings, nor pass silently. */
function runGuarded(rule: RuleMeta, path: string, report: Reporter, run: () => void): void {
  try {
    run();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    report(RULE_CRASHED, "", `rule ${rule.id} crashed on ${path}: ${why}`);
  }
}

function severityOf(meta: RuleMeta, settings: LintSettings): Severity | undefined {
  const setting = FATAL_RULES.has(meta.id) ? undefined : settings.rules[meta.id];
  if (setting === "off") return undefined;
  return setting ?? meta.severity;
}

/** Counts the checks that stayed silent because the config lacks a fact they need. */
class NeedTracker {
  private readonly checks = new Set<string>();
  private readonly facts = new Set<FactName>();

  view(account: AccountFacts, ruleId: string, pointer: string, path: string): AccountView {
    return {
      need: (fact) => {
        const value = readFact(account, fact);
        if (value === undefined) {
          this.checks.add(`${ruleId}\0${path}\0${pointer}`);
          this.facts.add(fact);
        }
        return value;
      },
    };
  }

  summary(): NeededFacts {
    return { checks: this.checks.size, facts: [...this.facts].sort() };
  }
}

export type { Resource };
