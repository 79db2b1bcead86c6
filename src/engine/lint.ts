import { dirname, resolve } from "node:path";
import { RULES } from "../../rules/index.js";
import { extractDocument, isIgnoredByTerraform, isOverrideFile, type Kind, type Resource } from "../extract/index.js";
import { terraformWithoutCheckedTypes, unparsedIsUnrelated } from "../extract/unrelated.js";
import { parseDocument, type ParsedDocument, type ParseProblem, type Range, type Target } from "../parse/index.js";
import { valueAt } from "../parse/pointer.js";
import { resourceDeclaredTwice } from "../parse/terraform-json-syntax.js";
import { schemaFix } from "../fix/schema.js";
import { textEditFor } from "../fix/text-edit.js";
import { validate } from "../schema/index.js";
import { printable } from "../text/printable.js";
import { readFact, type AccountFacts, type FactName, type FactTypes } from "./account.js";
import {
  DUPLICATE_KEY,
  FATAL_RULES,
  INVALID_SUPPRESSION,
  PARSE_ERROR,
  RULE_CRASHED,
  SCHEMA_RULES,
  UNKNOWN_KIND,
  UNUSED_SUPPRESSION,
  YAML_BOOLEAN_WORD,
  YAML_IMPLICIT_TYPE,
} from "./builtin-rules.js";
import { compareFindings, type FileResult, type Finding, type Severity, type Suggestion } from "./finding.js";
import {
  isProjectRule,
  type AccountView,
  type Edit,
  type Located,
  type Project,
  type ProjectRule,
  type Report,
  type ResourceRule,
  type Rule,
  type RuleContext,
  type RuleMeta,
} from "./rule.js";
import { allRules } from "./registry.js";
import { covers, readDirectives, silences, type Directive, type Suppression } from "./suppress.js";
import { isUnknown, UnknownWatch } from "./unknowns.js";

export interface SourceFile {
  path: string;
  text: string;
  /**
   * Found by searching a directory or by a glob, not named: passed over, unchecked and unreported,
   * when nothing in it is Cloudflare configuration (LintRun.passedOver).
   */
  found?: boolean;
}

export type RuleSetting = Severity | "off";

/** What applies to one file: the account it belongs to and how rules are tuned for it. */
export interface LintSettings {
  /** Treat every object as this kind instead of recognising it. */
  kind?: Kind;
  /**
   * The file is checked without the rest of the configuration it belongs to (a pre-commit hook's
   * staged files): an object it refers to may exist though the run does not hold it.
   */
  partial?: boolean;
  account: AccountFacts;
  rules: Record<string, RuleSetting>;
  /** Config suppressions that apply to this file; give files the same objects so use is tracked across them. */
  suppress?: readonly Suppression[];
}

export interface LintRun {
  results: FileResult[];
  /** The checks that stayed silent for want of account facts, and which facts would settle them. */
  neededFacts: NeededFacts;
  /**
   * Config suppressions given for at least one file that silenced nothing in any of them. One whose
   * rule stayed silent for want of an account fact is not listed: it may still be needed.
   */
  unusedSuppressions: Suppression[];
  /**
   * The files found (SourceFile.found) that hold no Cloudflare configuration, left out of the
   * results: objects none of the four kinds, or recognised only by fields other tools' files have
   * too (package.json, a workflow, .mocharc.json), Terraform of other resource types, or text that
   * does not parse and names none of them (tsconfig.json with its comments, a Helm template).
   */
  passedOver: string[];
}

export interface NeededFacts {
  checks: number;
  facts: FactName[];
}

export const DEFAULT_SETTINGS: LintSettings = { account: {}, rules: {} };

/**
 * Lints files together. Parsers for YAML and HCL must be loaded first (`loadParsers`), as
 * lintFiles and lintText do. Files that share an account (the same `account` object in their
 * settings) form one project, so rules across objects see all of them. `overrideFiles` are
 * Terraform override files beside the sources that the run does not check: read only for which
 * blocks they change.
 */
export function lintSources(
  sources: readonly SourceFile[],
  settingsFor: (path: string) => LintSettings = () => DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
  overrideFiles: readonly SourceFile[] = [],
): LintRun {
  const needs = new NeedTracker();
  const rulesFor = resourceRulesFor(rules);
  const overrides = terraformOverrides([...sources, ...overrideFiles]);
  const files: FileState[] = [];
  const passedOver: string[] = [];
  for (const source of sources) {
    const settings = settingsFor(source.path);
    // Terraform found in a search that cannot declare a checked resource would be passed over
    // once parsed: it is not parsed at all.
    const unread = source.found && !settings.kind && !overrides.parsed.has(source.path) && terraformWithoutCheckedTypes(source.text, source.path);
    const file = unread ? undefined : lintFile(source, settings, rulesFor, needs, overrides);
    if (file && !file.passedOver) files.push(file);
    else passedOver.push(source.path);
  }
  reportRepeatedAddresses(files);

  const projects = new Map<AccountFacts, FileState[]>();
  for (const file of files) {
    const group = projects.get(file.settings.account) ?? [];
    group.push(file);
    projects.set(file.settings.account, group);
  }
  // Rules across objects see the files in one order, whatever order they came in: which of two
  // objects comes first (the one holding an edge IP, not the one reported) must not depend on it.
  for (const [account, group] of projects) runProjectRules(group.sort(byPath), account, rules, needs);

  const use = new Map<Suppression, "used" | "undecided" | "unused">();
  const ruleIds = allRules().map((r) => r.id);
  for (const file of files) applySuppressions(file, ruleIds, needs, use);

  return {
    results: files.map((f) => ({ filePath: f.path, findings: f.findings.sort(compareFindings) })),
    neededFacts: needs.summary(),
    unusedSuppressions: [...use].filter(([, state]) => state === "unused").map(([entry]) => entry),
    passedOver,
  };
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

interface FileState {
  path: string;
  settings: LintSettings;
  document: ParsedDocument;
  findings: Finding[];
  /** Resources whose shape lets rules read them safely. */
  resources: Located[];
  /**
   * Resources rules do not check, which references may still name: too malformed for rules to
   * read, or Terraform blocks an override file changes.
   */
  unreadable: Resource[];
  /** Content fingerprints by pointer, so a value is hashed once however many findings it has; made on first use. */
  fingerprints?: Map<string, string>;
  /** Some of the file went unchecked (it did not parse, or an object was unreadable or unrecognised). */
  partial: boolean;
  /** Found, and nothing in it is Cloudflare configuration (LintRun.passedOver): left out of the run. */
  passedOver: boolean;
}

/** A rule's fix and suggestions, with pointers from the document's root. */
type Repair = Pick<Report, "fix" | "suggestions">;

function addFinding(
  file: FileState,
  meta: RuleMeta,
  pointer: string,
  message: string,
  range?: Range,
  target?: Target,
  repair?: Repair,
): void {
  const severity = severityOf(meta, file.settings);
  if (!severity) return;
  const at = range ?? file.document.locate(pointer, target);
  const finding: Finding = { ruleId: meta.id, severity, code: meta.predicts, message: printable(message), pointer, ...at };
  // Hashed when first read: only baselines and SARIF read it, and most runs write neither.
  Object.defineProperty(finding, "fingerprint", {
    enumerable: true,
    configurable: true,
    get() {
      const fingerprints = (file.fingerprints ??= new Map());
      let fingerprint = fingerprints.get(pointer);
      if (fingerprint === undefined) {
        fingerprint = fingerprintOf(valueAt(file.document.value, pointer));
        fingerprints.set(pointer, fingerprint);
      }
      return fingerprint;
    },
  });
  const fix = repair?.fix && textEditFor(file.path, file.document, edits(repair.fix));
  if (fix) finding.fix = fix;
  const suggestions = (repair?.suggestions ?? []).flatMap((s): Suggestion[] => {
    const edit = textEditFor(file.path, file.document, edits(s.fix));
    return edit ? [{ desc: printable(s.desc), fix: edit }] : [];
  });
  if (suggestions.length > 0) finding.suggestions = suggestions;
  file.findings.push(finding);
}

function edits(fix: Edit | readonly Edit[]): readonly Edit[] {
  return Array.isArray(fix) ? fix : [fix as Edit];
}

/**
 * A report's fix and suggestions with their pointers made absolute, as the finding's own. A
 * resource translated from another shape (Terraform) says where each edit can be made in its
 * document; a fix or suggestion with an edit it cannot place is dropped whole, and a plan's
 * resources, generated by Terraform, take no edits at all.
 */
function repairAt(resource: Resource, report: Repair): Repair | undefined {
  if (!report.fix && !report.suggestions) return undefined;
  const { editPointer } = resource;
  if (resource.pointerOf && !editPointer) return undefined;
  const rebase = (fix: Edit | readonly Edit[]): Edit[] | undefined => {
    const out: Edit[] = [];
    for (const edit of edits(fix)) {
      const at = !editPointer ? resource.pointer + edit.at : edit.op === "rename" ? undefined : editPointer(edit.at, edit.op);
      if (at === undefined) return undefined;
      out.push({ ...edit, at });
    }
    return out;
  };
  const fix = report.fix && rebase(report.fix);
  const suggestions = report.suggestions?.flatMap((s) => {
    const rebased = rebase(s.fix);
    return rebased ? [{ desc: s.desc, fix: rebased }] : [];
  });
  return { ...(fix ? { fix } : {}), ...(suggestions ? { suggestions } : {}) };
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

/**
 * The Terraform blocks that override files change, by directory and address, with the override
 * files already parsed (they are read first, to know). Terraform merges each override block into
 * the block of the same address; cflint does not, so neither is checked: the override is a
 * fragment without the required fields, and the block in its own file may say what the override
 * replaces. Both stay objects of the run, so references to them resolve.
 */
interface TerraformOverrides {
  parsed: Map<string, ParsedDocument>;
  addresses: Map<string, Set<string>>;
}

function terraformOverrides(sources: readonly SourceFile[]): TerraformOverrides {
  const overrides: TerraformOverrides = { parsed: new Map(), addresses: new Map() };
  for (const source of sources) {
    if (!isOverrideFile(source.path) || isIgnoredByTerraform(source.path)) continue;
    const document = parseDocument(source.text, source.path);
    overrides.parsed.set(source.path, document);
    if (!document.terraform || document.value === undefined) continue;
    const dir = directoryOf(source.path);
    const addresses = overrides.addresses.get(dir) ?? new Set<string>();
    for (const resource of extractDocument(document).resources) addresses.add(String(resource.value.id));
    overrides.addresses.set(dir, addresses);
  }
  return overrides;
}

/**
 * Terraform refuses a module (a directory's files) that declares a resource address twice: in
 * two files, or twice in one through the JSON syntax's arrays (`"web": [{…}, {…}]`); a name
 * repeated as a key is the parser's to refuse. Reported at each later declaration, files in name
 * order as Terraform reads them, naming the first (and its file, when another). Override files
 * repeat addresses by design.
 */
function reportRepeatedAddresses(files: readonly FileState[]): void {
  const byAddress = new Map<string, { file: FileState; pointer: string }[]>();
  // A file given twice (stdin standing for a file on disk) declares nothing twice.
  const seen = new Set<string>();
  for (const file of files) {
    if (!file.document.terraform || isOverrideFile(file.path) || isIgnoredByTerraform(file.path)) continue;
    const path = resolve(file.path);
    if (seen.has(path)) continue;
    seen.add(path);
    const directory = dirname(path);
    for (const { value, pointer } of [...file.resources, ...file.unreadable]) {
      const key = `${directory}\0${String(value.id)}`;
      const declarations = byAddress.get(key);
      if (declarations) declarations.push({ file, pointer });
      else byAddress.set(key, [{ file, pointer }]);
    }
  }
  for (const [key, declarations] of byAddress) {
    // Located only where repeated: a position costs a walk through the document.
    if (declarations.length < 2) continue;
    const located = declarations.map((d) => ({ ...d, range: d.file.document.locate(d.pointer, "key") }));
    located.sort((a, b) => compareResolved(a.file.path, b.file.path) || a.range.line - b.range.line || a.range.column - b.range.column);
    const [first, ...later] = located;
    const address = key.slice(key.indexOf("\0") + 1);
    const dot = address.indexOf(".");
    for (const { file, pointer, range } of later) {
      const at = `${first!.file === file ? "" : `${first!.file.path}:`}${first!.range.line}:${first!.range.column}`;
      addFinding(file, PARSE_ERROR, pointer, resourceDeclaredTwice(address.slice(0, dot), address.slice(dot + 1), at), range);
    }
  }
}

/** Files in Terraform's order, however their paths were written (`a.tf`, `/abs/b.tf`). */
function compareResolved(a: string, b: string): number {
  const [x, y] = [resolve(a), resolve(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The text of the value at `pointer`, where the document's syntax can say. */
function sourceText(document: ParsedDocument, pointer: string): string | undefined {
  const span = document.span(pointer);
  return span && document.text.slice(span.start, span.end);
}

/** A file's directory, the same however its path was written (`./tf/main.tf`, `tf/main.tf`, absolute). */
function directoryOf(path: string): string {
  return dirname(resolve(path));
}

function lintFile(source: SourceFile, settings: LintSettings, rulesFor: RulesFor, needs: NeedTracker, overrides: TerraformOverrides): FileState {
  const document = overrides.parsed.get(source.path) ?? parseDocument(source.text, source.path);
  const state: FileState = { path: source.path, settings, document, findings: [], resources: [], unreadable: [], partial: true, passedOver: false };
  const report: Reporter = (meta, pointer, message, range, target, repair) =>
    addFinding(state, meta, pointer, message, range, target, repair);

  for (const problem of document.problems) {
    if (problem.kind === "syntax") report(PARSE_ERROR, "", problem.message, problem.range);
    else if (problem.kind === "duplicate-key") report(DUPLICATE_KEY, problem.pointer ?? "", problem.message, problem.range);
  }
  if (document.value === undefined) {
    // Told every object's kind, the user meant the file as configuration.
    state.passedOver = !!source.found && !settings.kind && unparsedIsUnrelated(document, source.path);
    return state;
  }

  const { resources, unrecognised, evidence } = extractDocument(document, settings.kind);
  // Before any rule runs: a file of another tool's fields asks for no account fact either.
  if (source.found && !evidence) {
    state.passedOver = true;
    return state;
  }
  for (const item of unrecognised) report(UNKNOWN_KIND, item.pointer, `not checked: ${item.reason}`, undefined, item.target);
  state.partial = unrecognised.length > 0;

  // Where the schema found a value wrong, and where among those it wanted a string.
  const violated = new Set<string>();
  const stringsWanted = new Set<string>();
  const checking: FileCheck = { path: source.path, account: settings.account, report, needs, document, violated, stringsWanted };
  const overridden = document.terraform ? overrides.addresses.get(directoryOf(source.path)) : undefined;
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i]!;
    if (overridden?.has(String(resource.value.id))) {
      state.partial = true;
      state.unreadable.push(resource);
    } else if (resource.noInstances) state.unreadable.push(resource);
    else lintResource(resource, checking, rulesFor(settings, resource.kind), state);
  }
  reportYamlPitfalls(document.problems, resources, violated, stringsWanted, report);
  return state;
}

/**
 * Validates one resource and runs its rules. A function of its own, not the body of lintFile's
 * loop: V8 then optimises it once it is hot, while a loop over a bundle's thousands of
 * resources was optimised on the fly (on-stack replacement), thrown away and redone several times.
 */
function lintResource(resource: Resource, checking: FileCheck, rules: readonly ResourceRule[], state: FileState): void {
  const { document, report, violated, stringsWanted } = checking;
  let readable = true;
  const violations = validate(resource.kind, resource.value);
  for (let i = 0; i < violations.length; i++) {
    const violation = violations[i]!;
    // A field known only after apply is neither missing nor wrong.
    if (resource.unknown && isUnknown(violation.field, resource.unknown)) continue;
    readable &&= !violation.structural;
    const pointer = documentPointer(resource, violation.at);
    violated.add(pointer);
    if (violation.wanted?.includes("string")) stringsWanted.add(pointer);
    const fix = violation.structural ? schemaFix(resource.kind, resource.value, violation, (at) => sourceText(document, documentPointer(resource, at))) : undefined;
    report(SCHEMA_RULES[resource.kind], pointer, labelled(resource, violation.message), undefined, violation.target, fix && repairAt(resource, { fix }));
  }
  if (!readable) {
    state.partial = true;
    state.unreadable.push(resource);
    return;
  }
  const located = { ...resource, file: checking.path } as Located;
  state.resources.push(located);
  // An index, not for-of, here and in other loops run per resource: until V8 optimises a loop,
  // each step of an array iterator allocates its result.
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const watch = resource.unknown ? new UnknownWatch(new Set(resource.unknown)) : undefined;
    const context = new ResourceRuleContext(checking, rule, resource, watch);
    // Not through runGuarded: a closure per rule and resource is garbage thousands of times over.
    try {
      rule.check(watch ? watch.wrap(resource.value) : resource.value, context);
    } catch (error) {
      reportCrash(rule, checking.path, report, error);
    }
  }
}

/** What every resource rule's context in one file shares. */
interface FileCheck {
  path: string;
  account: AccountFacts;
  report: Reporter;
  needs: NeedTracker;
  document: ParsedDocument;
  /** Where the schema found a value wrong, and where among those it wanted a string. */
  violated: Set<string>;
  stringsWanted: Set<string>;
}

/** What a resource rule sees while it checks one resource; one object, made for each rule and resource. */
class ResourceRuleContext implements RuleContext {
  private view: AccountView | undefined;

  constructor(
    private readonly file: FileCheck,
    private readonly rule: ResourceRule,
    private readonly resource: Resource,
    /** Watches the rule's reads when the resource has fields known only after apply. */
    private readonly watch: UnknownWatch | undefined,
  ) {}

  /** Made when first read: most rules never ask for account facts. */
  get account(): AccountView {
    const { file, rule, resource } = this;
    return (this.view ??= file.needs.view(file.account, rule.id, resource.pointer, file.path));
  }

  report(r: Report): void {
    if (this.watch?.touched) return;
    const { rule, resource } = this;
    this.file.report(rule, documentPointer(resource, r.at ?? ""), labelled(resource, r.message), undefined, r.target, repairAt(resource, r));
  }
}

/** Where a finding at `at` (relative to the resource's value) lies in the resource's document. */
function documentPointer(resource: Resource, at: string): string {
  return resource.pointerOf ? resource.pointerOf(at) : resource.pointer + at;
}

function labelled(resource: Resource, message: string): string {
  return resource.label ? `${resource.label}: ${message}` : message;
}

/**
 * YAML scalars whose type depends on the reader matter only inside a resource: a YAML 1.1
 * boolean word anywhere in one, except where the schema already refuses the string it is (`enabled:
 * yes` wants `true`, and quoting it would not do), and an unquoted value typed as a non-string
 * where the schema wanted a string (there it explains the schema's finding).
 */
function reportYamlPitfalls(
  problems: readonly ParseProblem[],
  resources: readonly Resource[],
  violated: ReadonlySet<string>,
  stringsWanted: ReadonlySet<string>,
  report: Reporter,
): void {
  const inResource = (pointer: string) => resources.some((r) => pointer === r.pointer || pointer.startsWith(r.pointer + "/"));
  for (const problem of problems) {
    const pointer = problem.pointer ?? "";
    if (problem.kind === "yaml-boolean-word" && inResource(pointer) && !violated.has(pointer))
      report(YAML_BOOLEAN_WORD, pointer, problem.message, problem.range);
    else if (problem.kind === "yaml-implicit-type" && stringsWanted.has(pointer))
      report(YAML_IMPLICIT_TYPE, pointer, problem.message, problem.range);
  }
}

function runProjectRules(group: FileState[], account: AccountFacts, rules: readonly Rule[], needs: NeedTracker): void {
  const resources = group.flatMap((f) => f.resources);
  const byFile = new Map(group.map((f) => [f.path, f]));
  // Sorted by kind once per run, not once per rule; each call still gets its own array.
  const byKind = new Map<Kind, Located[]>();
  for (const resource of resources) {
    const list = byKind.get(resource.kind);
    if (list) list.push(resource);
    else byKind.set(resource.kind, [resource]);
  }
  const unreadable = group.flatMap((f) => f.unreadable);
  const idSets = new Map<Kind, ReadonlySet<string>>();
  const project: Project = {
    resources,
    of: <K extends Kind>(kind: K) => (byKind.get(kind)?.slice() ?? []) as Located<K>[],
    ids: (kind) => {
      let ids = idSets.get(kind);
      if (!ids) idSets.set(kind, (ids = idsOf(kind, [...(byKind.get(kind) ?? []), ...unreadable])));
      return ids;
    },
    partial: group.some((f) => f.settings.partial),
  };
  const hasUnknowns = resources.some((r) => r.unknown);
  // A crash across objects belongs to no one file: it is reported in the project's first, saying so.
  const crashReport: Reporter = (meta, pointer, message, range, target, repair) =>
    addFinding(byFile.get(group[0]?.path ?? "")!, meta, pointer, message, range, target, repair);
  const projectFiles = group.length === 1 ? (group[0]?.path ?? "") : `the objects of ${group.length} files checked together`;
  const reportFor = (rule: ProjectRule, r: Report & { resource: Located }, original: Located) =>
    addFinding(byFile.get(original.file)!, rule, documentPointer(original, r.at ?? ""), labelled(original, r.message), undefined, r.target, repairAt(original, r));

  for (const rule of rules) {
    if (!isProjectRule(rule)) continue;
    const accountView = needs.view(account, rule.id, "", "");
    if (!hasUnknowns) {
      runGuarded(rule, projectFiles, crashReport, () =>
        rule.checkProject(project, { account: accountView, report: (r) => reportFor(rule, r, r.resource) }),
      );
      continue;
    }
    // A finding may rest on any object the rule read, so once the rule has read a value known
    // only after apply, none of its later findings is reported, unless the finding names the
    // objects it rests on (`restsOn`): then only a value of one of those silences it. Each rule
    // watches afresh.
    // Each object's view, made once, and for each view the object it shows and what it watches.
    const views = new Map<Located, Located>();
    const watched = new Map<Located, { original: Located; watch: UnknownWatch }>();
    const view = <K extends Kind>(resource: Located<K>): Located<K> => {
      if (!resource.unknown) return resource;
      let made = views.get(resource);
      if (!made) {
        const watch = new UnknownWatch(new Set(resource.unknown));
        made = { ...resource, value: watch.wrap(resource.value) };
        views.set(resource, made);
        watched.set(made, { original: resource, watch });
      }
      return made as Located<K>;
    };
    const guarded: Project = {
      resources: resources.map(view),
      of: <K extends Kind>(kind: K) => project.of(kind).map(view),
      // Read through the views, so that an id known only after apply counts as read.
      ids: (kind) => idsOf(kind, [...project.of(kind).map(view), ...unreadable]),
      partial: project.partial,
    };
    const touched = (objects: Iterable<Located>) => {
      for (const object of objects) if (watched.get(object)?.watch.touched) return true;
      return false;
    };
    const emit = (r: Report & { resource: Located }) => reportFor(rule, r, watched.get(r.resource)?.original ?? r.resource);
    // A finding that names what it rests on is judged once the rule is done: a value of those
    // objects read after the finding was made silences it too.
    const resting: [report: Report & { resource: Located }, objects: Located[]][] = [];
    runGuarded(rule, projectFiles, crashReport, () =>
      rule.checkProject(guarded, {
        account: accountView,
        report: (r) => {
          if (r.restsOn) resting.push([r, [r.resource, ...r.restsOn]]);
          else if (!touched(watched.keys())) emit(r);
        },
      }),
    );
    for (const [r, objects] of resting) if (!touched(objects)) emit(r);
  }
}

function idsOf(kind: Kind, resources: readonly Resource[]): Set<string> {
  const ids = new Set<string>();
  for (const resource of resources) {
    const id = resource.kind === kind ? resource.value.id : undefined;
    if (typeof id === "string") ids.add(id.toLowerCase());
  }
  return ids;
}

type Reporter = (meta: RuleMeta, pointer: string, message: string, range?: Range, target?: Target, repair?: Repair) => void;

/** A bug in one rule must not hide the other rules' findings, nor pass silently. */
function runGuarded(rule: RuleMeta, where: string, report: Reporter, run: () => void): void {
  try {
    run();
  } catch (error) {
    reportCrash(rule, where, report, error);
  }
}

/** `where` names what the rule was checking: a file, or for a rule across objects, the files of its project. */
function reportCrash(rule: RuleMeta, where: string, report: Reporter, error: unknown): void {
  const why = error instanceof Error ? error.message : String(error);
  report(RULE_CRASHED, "", `rule ${rule.id} crashed on ${where}: ${why}`);
}

/**
 * Drops the findings that a comment directive or a config entry silences, and reports directives
 * that cannot be applied and those that silence nothing. Config entries are only tallied in `use`:
 * whether one is unused is known only once every file it applies to has been seen.
 */
function applySuppressions(
  file: FileState,
  ruleIds: readonly string[],
  needs: NeedTracker,
  use: Map<Suppression, "used" | "undecided" | "unused">,
): void {
  const { directives, problems } = readDirectives(file.document.comments, ruleIds);
  const entries = file.settings.suppress ?? [];
  if (directives.length === 0 && entries.length === 0 && problems.length === 0) return;
  const silenced = new Map<Directive, Set<string>>();
  const usedHere = new Set<Suppression>();
  file.findings = file.findings.filter((finding) => {
    if (FATAL_RULES.has(finding.ruleId)) return true;
    let keep = true;
    for (const directive of directives) {
      if (!silences(directive, finding)) continue;
      silenced.set(directive, (silenced.get(directive) ?? new Set()).add(finding.ruleId));
      keep = false;
    }
    for (const entry of entries) {
      if (entry.rule !== finding.ruleId || !covers(entry.pointer, finding.pointer)) continue;
      usedHere.add(entry);
      keep = false;
    }
    return keep;
  });

  // Where rules did not run, a suppression that silenced nothing may still be needed.
  const undecided = (rule: string) => file.partial || needs.missed(rule, file.path);
  for (const entry of entries) {
    const state = usedHere.has(entry) ? "used" : undecided(entry.rule) ? "undecided" : "unused";
    const before = use.get(entry);
    if (before === undefined || before === "unused" || state === "used") use.set(entry, state);
  }
  for (const problem of problems) addFinding(file, INVALID_SUPPRESSION, "", problem.message, problem.range);
  for (const directive of directives) {
    for (const rule of directive.rules) {
      if (silenced.get(directive)?.has(rule) || undecided(rule)) continue;
      const remove = directive.rules.length === 1 ? "remove the comment" : `remove ${rule} from the comment`;
      const line = directive.range.endLine + 1;
      addFinding(file, UNUSED_SUPPRESSION, "", `nothing to suppress: ${rule} reports nothing on line ${line}; ${remove}`, directive.range);
    }
  }
}

/** A short hash of a value, blind to key order and formatting, so it survives reformatting and moves. */
export function fingerprintOf(value: unknown): string {
  // Loaded on first use: importing node:crypto costs milliseconds at every start.
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(canonical(value)).digest("hex").slice(0, 16);
}

function canonical(value: unknown): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
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
  /** `rule\0file` for resource rules, `rule\0` for project rules (they span files). */
  private readonly rulesPerFile = new Set<string>();

  view(account: AccountFacts, ruleId: string, pointer: string, path: string): AccountView {
    return new TrackedAccount(this, account, ruleId, pointer, path);
  }

  /** Records that a check of `ruleId` in `path` stayed silent for want of `fact`. */
  miss(fact: FactName, check: string, rulePerFile: string): void {
    this.checks.add(check);
    this.facts.add(fact);
    this.rulesPerFile.add(rulePerFile);
  }

  /** Whether the rule stayed silent somewhere in the file for want of a fact. */
  missed(ruleId: string, path: string): boolean {
    return this.rulesPerFile.has(`${ruleId}\0${path}`) || this.rulesPerFile.has(`${ruleId}\0`);
  }

  summary(): NeededFacts {
    return { checks: this.checks.size, facts: [...this.facts].sort() };
  }
}

/** One rule's view of the account facts at one place, which tells its tracker what it missed. */
class TrackedAccount implements AccountView {
  // Built on the first miss and kept: a rule may ask once per origin, and most views never miss.
  private check: string | undefined;
  private rulePerFile: string | undefined;

  constructor(
    private readonly tracker: NeedTracker,
    private readonly account: AccountFacts,
    private readonly ruleId: string,
    private readonly pointer: string,
    private readonly path: string,
  ) {}

  need<F extends FactName>(fact: F): FactTypes[F] | undefined {
    const value = readFact(this.account, fact);
    if (value === undefined) {
      this.check ??= `${this.ruleId}\0${this.path}\0${this.pointer}`;
      this.rulePerFile ??= `${this.ruleId}\0${this.path}`;
      this.tracker.miss(fact, this.check, this.rulePerFile);
    }
    return value;
  }

  get<F extends FactName>(fact: F): FactTypes[F] | undefined {
    return readFact(this.account, fact);
  }
}

export type { Suppression };
