import { RULES } from "../../rules/index.js";
import { BUILTIN_RULES } from "./builtin-rules.js";
import type { RuleMeta } from "./rule.js";

/** Every rule id cflint can report, built-in and checked, sorted by id. */
export function allRules(): RuleMeta[] {
  return [...BUILTIN_RULES, ...RULES].sort((a, b) => a.id.localeCompare(b.id));
}

export function findRule(id: string): RuleMeta | undefined {
  return allRules().find((rule) => rule.id === id);
}

export const DOCS_BASE = "https://github.com/cflint/cflint/blob/main/docs/rules";

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}
