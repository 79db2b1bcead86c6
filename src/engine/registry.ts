import { RULES } from "../../rules/index.js";
import { BUILTIN_RULES } from "./builtin-rules.js";
import type { RuleMeta } from "./rule.js";

let sorted: readonly RuleMeta[] | undefined;

/** Every rule id cflint can report, built-in and checked, sorted by id. */
export function allRules(): RuleMeta[] {
  // Ids are lower-case words, digits, `-` and `/`, which sort by code unit as localeCompare sorts
  // them; localeCompare would load ICU's collator, the slowest step of a small run.
  sorted ??= [...BUILTIN_RULES, ...RULES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...sorted];
}

export function findRule(id: string): RuleMeta | undefined {
  return allRules().find((rule) => rule.id === id);
}

export const DOCS_BASE = "https://github.com/cflint/cflint/blob/main/docs/rules";

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}
