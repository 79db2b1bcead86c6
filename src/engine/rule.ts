import type { Kind, Resource } from "../extract/index.js";
import { isTerraformAddress } from "../extract/terraform/index.js";
import type { ResourceValue } from "../schema/types.js";
import type { Target } from "../parse/document.js";
import type { FactName, FactTypes } from "./account.js";
import type { Severity } from "./finding.js";

/** What every rule says about itself. */
export interface RuleMeta {
  /** `<kind folder>/<name>`, e.g. `spectrum/origin-conflict`. */
  id: string;
  severity: Severity;
  /** The code the real system answers with, a key of the code catalog (src/codes). */
  predicts: string;
  description: string;
}

export interface Report {
  /** Pointer relative to the resource; the resource itself when absent. */
  at?: string;
  /** Point at the property's key rather than its value (for fields that should not be there). */
  target?: Target;
  message: string;
  /** The one right repair, which `--fix` applies. Several edits are applied together or not at all. */
  fix?: Edit | readonly Edit[];
  /** Repairs that need the user's choice: shown to editors and tools, never applied by `--fix`. */
  suggestions?: readonly SuggestedFix[];
}

/**
 * One change to the document, at a pointer relative to the resource (as `Report.at`). The engine
 * turns it into an edit of the source text at that place, so comments, key order, indentation
 * and line endings elsewhere survive. An edit the engine cannot place (the pointer is missing,
 * a rename or addition would repeat a key) drops the whole fix.
 */
export type Edit =
  /** Write `value` in place of the value at `at`. */
  | { op: "replace"; at: string; value: unknown }
  /** Give the property at `at` the name `key`, keeping its value and its place. */
  | { op: "rename"; at: string; key: string }
  /** Take out the property or array item at `at`, with its separator. */
  | { op: "remove"; at: string }
  /** Add the property that `at` names to its parent object, after the last property. */
  | { op: "add"; at: string; value: unknown };

export interface SuggestedFix {
  /** What the repair does, as a short imperative: `remove "origin_dns"`. */
  desc: string;
  fix: Edit | readonly Edit[];
}

/** Account facts, read through the rule so that a missing fact is counted, not guessed. */
export interface AccountView {
  /** The fact's value, or undefined (recorded as needed) when the config does not give it. */
  need<F extends FactName>(fact: F): FactTypes[F] | undefined;
  /**
   * The fact's value, or undefined without recording a need: for a fact the rule uses when
   * given but does not depend on (it has a documented fallback it asks for with `need`).
   */
  get<F extends FactName>(fact: F): FactTypes[F] | undefined;
}

export interface RuleContext {
  readonly account: AccountView;
  /** Call it as `ctx.report(…)`: the engine's context is one object per rule and resource, not bound closures. */
  report(report: Report): void;
}

/** A rule that looks at one resource at a time. */
export interface ResourceRule<K extends Kind = Kind> extends RuleMeta {
  kinds: readonly K[];
  check(value: ResourceValue<K>, ctx: RuleContext): void;
}

/** A resource together with the file it came from, as project rules see it. */
export interface Located<K extends Kind = Kind> extends Resource {
  kind: K;
  file: string;
  value: ResourceValue<K> & Record<string, unknown>;
}

/**
 * Where a resource is, for a message about another one: its file, then its address in a
 * Terraform plan or its place in the file (`apps.json /spectrum_apps/1`); the file alone when
 * the object is the whole file.
 */
export function placeOf(resource: Located): string {
  const within = resource.label ?? resource.pointer;
  return within ? `${resource.file} ${within}` : resource.file;
}

export interface Project {
  resources: readonly Located[];
  of<K extends Kind>(kind: K): Located<K>[];
  /**
   * The ids, in lower case, of every object of `kind` in the run, those too malformed for rules
   * to read included: a reference to one of them names an object that exists.
   */
  ids(kind: Kind): ReadonlySet<string>;
  /** The run does not hold the whole configuration (LintSettings.partial): an id it lacks may exist. */
  partial: boolean;
}

const holdsAddresses = new WeakMap<ReadonlySet<string>, boolean>();

/**
 * Whether `id`, a reference to an object of some kind, names none of `ids`, the run's ids of
 * that kind (`Project.ids`), as far as the run can tell. A Terraform resource's id is known only
 * after apply, so the run knows it by its address: a reference by address must match one, while
 * a literal id may be any such resource's id (as in configuration that cf-terraforming writes
 * for resources it imports) and is not said to name nothing while the run holds one.
 */
export function namesNoneOf(ids: ReadonlySet<string>, id: string): boolean {
  if (ids.has(id) || ids.has(id.toLowerCase())) return false;
  if (isTerraformAddress(id)) return true;
  let addresses = holdsAddresses.get(ids);
  if (addresses === undefined) holdsAddresses.set(ids, (addresses = [...ids].some(isTerraformAddress)));
  return !addresses;
}

export interface ProjectContext {
  readonly account: AccountView;
  /**
   * `restsOn`: the objects besides `resource` that the finding rests on. A value known only after
   * apply (Terraform) that the rule reads, before or after the finding, then silences only the
   * findings resting on its object; without `restsOn`, once the rule has read such a value, none of
   * its later findings is reported.
   */
  report(report: Report & { resource: Located; restsOn?: readonly Located[] }): void;
}

/** A rule that looks across every resource linted together (references, quotas, collisions). */
export interface ProjectRule extends RuleMeta {
  scope: "project";
  kinds: readonly Kind[];
  checkProject(project: Project, ctx: ProjectContext): void;
}

export type Rule = ResourceRule<any> | ProjectRule;

export function defineRule<K extends Kind>(rule: ResourceRule<K>): ResourceRule<K> {
  return rule;
}

export function defineProjectRule(rule: Omit<ProjectRule, "scope">): ProjectRule {
  return { ...rule, scope: "project" };
}

export function isProjectRule(rule: Rule): rule is ProjectRule {
  return (rule as ProjectRule).scope === "project";
}

/** The rules folder (and id prefix) for each kind. */
export const KIND_FOLDER: Record<Kind, string> = {
  monitor: "monitor",
  pool: "pool",
  load_balancer: "load-balancer",
  spectrum_app: "spectrum",
};
