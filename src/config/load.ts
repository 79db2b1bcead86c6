import { relative } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { AccountFacts } from "../engine/account.js";
import { FATAL_RULES } from "../engine/builtin-rules.js";
import { allRules } from "../engine/registry.js";
import { parseDocument, type ParsedDocument, type Target } from "../parse/index.js";
import { escapeSegment, splitPointer } from "../parse/pointer.js";
import { closest } from "../text/did-you-mean.js";
import { ConfigError } from "./errors.js";
import { readOwnFile } from "./read.js";

export const CONFIG_SCHEMA = "schemas/config.schema.json";

export type RuleLevel = "off" | "warn" | "error";
export type Globs = string | string[];

/** cflint.config.json, as schemas/config.schema.json describes it. */
export interface ConfigFile {
  $schema?: string;
  account?: AccountFacts;
  rules?: Record<string, RuleLevel>;
  ignore?: string[];
  overrides?: { files: Globs; account?: AccountFacts; rules?: Record<string, RuleLevel> }[];
  suppress?: { files: Globs; pointer: string; rule: string; reason: string }[];
}

export interface LoadedConfig {
  /** Absolute path of the config file. */
  path: string;
  value: ConfigFile;
  /** The parsed file, to place findings about the config (stale suppress entries) on its lines. */
  document: ParsedDocument;
}

interface Problem {
  pointer: string;
  target: Target;
  message: string;
}

/** Reads and validates a config file; any mistake is a ConfigError naming its line and column. */
export async function loadConfig(path: string, cwd: string): Promise<LoadedConfig> {
  const shown = relative(cwd, path) || path;
  const document = parseDocument(readOwnFile(path, shown, "config file"), path);
  const at = (line: number, column: number, message: string) => `${shown}:${line}:${column}: ${message}`;
  if (document.problems.length > 0) {
    throw new ConfigError(
      document.problems.map((p) =>
        // The parser's duplicate-key message speaks of the API; in the config, a repeated key is simply a mistake.
        at(p.range.line, p.range.column, p.kind === "syntax" ? `invalid JSON: ${p.message}` : p.message.replace(/;.*$/, "")),
      ),
    );
  }
  const schemaProblems = await validateShape(document.value);
  const problems = schemaProblems.length > 0 ? schemaProblems : checkRuleIds(document.value as ConfigFile);
  if (problems.length > 0) {
    const placed = problems.map((p) => ({ ...document.locate(p.pointer, p.target), message: p.message }));
    placed.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ConfigError([...new Set(placed.map((p) => at(p.line, p.column, p.message)))]);
  }
  return { path, value: document.value as ConfigFile, document };
}

/** Rule ids must exist; findings that mean a file went unchecked cannot be tuned or silenced. */
function checkRuleIds(config: ConfigFile): Problem[] {
  const ids = allRules().map((r) => r.id);
  const problems: Problem[] = [];
  const unknown = (id: string) => {
    const guess = closest(id, ids);
    return `unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : " (cflint rules lists them)"}`;
  };
  const checkLevels = (rules: Record<string, RuleLevel> | undefined, base: string) => {
    for (const id of Object.keys(rules ?? {})) {
      const pointer = `${base}/${escapeSegment(id)}`;
      if (!ids.includes(id)) problems.push({ pointer, target: "key", message: unknown(id) });
      else if (FATAL_RULES.has(id)) problems.push({ pointer, target: "key", message: `${id} cannot be configured: it means a file was not checked` });
    }
  };
  checkLevels(config.rules, "/rules");
  config.overrides?.forEach((o, i) => checkLevels(o.rules, `/overrides/${i}/rules`));
  config.suppress?.forEach((s, i) => {
    const pointer = `/suppress/${i}/rule`;
    if (!ids.includes(s.rule)) problems.push({ pointer, target: "value", message: unknown(s.rule) });
    else if (FATAL_RULES.has(s.rule)) problems.push({ pointer, target: "value", message: `${s.rule} cannot be suppressed: it means a file was not checked` });
  });
  return problems;
}

async function validateShape(value: unknown): Promise<Problem[]> {
  const check = await validator();
  if (check(value)) return [];
  return (check.errors ?? []).map(describe);
}

/** ajv is loaded only when there is a config to check: runs without one start faster. */
async function validator(): Promise<ValidateFunction> {
  const { configValidator } = await import("./compile.js");
  return configValidator();
}

const TYPE_NOUNS: Record<string, string> = {
  string: "a string",
  array: "a list",
  object: "an object",
  boolean: "true or false",
  integer: "a whole number",
  number: "a number",
};

/** One ajv error in the project's words, at the key or value it is about. */
function describe(error: ErrorObject): Problem {
  const pointer = error.instancePath;
  const got = ` (got ${JSON.stringify(error.data)})`;
  const name = display(pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const guess = closest(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed: ${allowed.join(", ")}`;
      return { pointer: `${pointer}/${escapeSegment(key)}`, target: "key", message: `${display(`${pointer}/${escapeSegment(key)}`)} is not a config key; ${hint}` };
    }
    case "enum":
      return { pointer, target: "value", message: `${name} must be one of ${(params.allowedValues as unknown[]).join(", ")}${got}` };
    case "type": {
      const types = Array.isArray(params.type) ? params.type : String(params.type).split(",");
      return { pointer, target: "value", message: `${name} must be ${types.map((t) => TYPE_NOUNS[t] ?? t).join(" or ")}${got}` };
    }
    case "required":
      return { pointer, target: "value", message: `${name} is missing "${String(params.missingProperty)}"` };
    case "minimum":
      return { pointer, target: "value", message: `${name} must be at least ${String(params.limit)}${got}` };
    case "minLength":
    case "minItems":
      return { pointer, target: "value", message: `${name} must not be empty` };
    case "uniqueItems": {
      const second = Math.max(Number(params.i), Number(params.j));
      return { pointer: `${pointer}/${second}`, target: "value", message: `${name} lists ${JSON.stringify((error.data as unknown[])[second])} twice` };
    }
    case "format":
      return {
        pointer,
        target: "value",
        message: `${name} must be ${params.format === "uuid" ? "a UUID" : 'a host name such as "example.com"'}${got}`,
      };
    case "pattern":
      return {
        pointer,
        target: "value",
        message: pointer.endsWith("/pointer")
          ? `${name} must be a JSON pointer such as "/pools/2", or "" for the whole file${got}`
          : `${name} must say why the finding is acceptable`,
      };
    default:
      return { pointer, target: "value", message: `${name} ${error.message ?? "is invalid"}` };
  }
}

/** `account.plan`, `overrides[0].files`, `rules["monitor/x"]`: how a user names a place in the config. */
function display(pointer: string): string {
  if (pointer === "") return "the config";
  let out = "";
  for (const segment of splitPointer(pointer)) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
