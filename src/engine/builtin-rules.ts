import type { Kind } from "../extract/index.js";
import { KIND_FOLDER, type RuleMeta } from "./rule.js";

/**
 * Rules the engine reports itself, without a check of their own: problems with the file, and
 * schema violations (the schema stage's findings, one rule id per kind).
 */
export const PARSE_ERROR: RuleMeta = {
  id: "core/parse-error",
  severity: "error",
  predicts: "400",
  description: "The file must be valid JSON (JSONC in .jsonc files); the API rejects a malformed body",
};
export const READ_ERROR: RuleMeta = {
  id: "core/read-error",
  severity: "error",
  predicts: "unchecked",
  description: "The file could not be read, so nothing in it was checked",
};
export const DUPLICATE_KEY: RuleMeta = {
  id: "core/duplicate-key",
  severity: "warning",
  predicts: "ignored",
  description: "An object must not repeat a key; the API keeps only one of them",
};
export const UNKNOWN_KIND: RuleMeta = {
  id: "core/unknown-kind",
  severity: "warning",
  predicts: "unchecked",
  description: "Every object must be recognisable as a monitor, pool, load balancer or Spectrum application",
};
export const YAML_BOOLEAN_WORD: RuleMeta = {
  id: "core/yaml-boolean-word",
  severity: "warning",
  predicts: "400",
  description: "Unquoted yes, no, on, off, y and n must not be left for YAML readers to interpret: YAML 1.1 reads them as booleans, YAML 1.2 as strings",
};
export const YAML_IMPLICIT_TYPE: RuleMeta = {
  id: "core/yaml-implicit-type",
  severity: "warning",
  predicts: "400",
  description: "A field the API wants as a string must be quoted when YAML would read it as a number, boolean or null",
};
export const RULE_CRASHED: RuleMeta = {
  id: "core/rule-crashed",
  severity: "error",
  predicts: "internal",
  description: "A rule failed on this input; this is a bug in cflint, please report it",
};

export const UNUSED_SUPPRESSION: RuleMeta = {
  id: "core/unused-suppression",
  severity: "warning",
  predicts: "stale-suppression",
  description: "Every suppression (a cflint-disable-next-line comment or a config suppress entry) must silence a finding",
};
export const INVALID_SUPPRESSION: RuleMeta = {
  id: "core/invalid-suppression",
  severity: "error",
  predicts: "bad-suppression",
  description: "A cflint-disable-next-line comment must name known rules and give a reason after --",
};

export const SCHEMA_RULES: Record<Kind, RuleMeta> = {
  monitor: schemaRule("monitor", "1002", "monitor"),
  pool: schemaRule("pool", "1002", "pool (and its origins)"),
  load_balancer: schemaRule("load_balancer", "1002", "load balancer"),
  spectrum_app: schemaRule("spectrum_app", "400", "Spectrum application"),
};

function schemaRule(kind: Kind, code: string, noun: string): RuleMeta {
  return {
    id: `${KIND_FOLDER[kind]}/schema`,
    severity: "error",
    predicts: code,
    description: `Every field of a ${noun} must have the type, value and range the API accepts`,
  };
}

/** Rules whose findings cannot be turned off: hiding them would hide that nothing was checked. */
export const FATAL_RULES = new Set([PARSE_ERROR.id, READ_ERROR.id, RULE_CRASHED.id]);

export const BUILTIN_RULES: readonly RuleMeta[] = [
  PARSE_ERROR,
  READ_ERROR,
  DUPLICATE_KEY,
  UNKNOWN_KIND,
  YAML_BOOLEAN_WORD,
  YAML_IMPLICIT_TYPE,
  RULE_CRASHED,
  UNUSED_SUPPRESSION,
  INVALID_SUPPRESSION,
  ...Object.values(SCHEMA_RULES),
];
