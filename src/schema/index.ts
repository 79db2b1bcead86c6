import type { ErrorObject } from "ajv/dist/2020.js";
import type { Kind } from "../extract/index.js";
import { KIND_NAMES } from "../extract/kinds.js";
import type { Target } from "../parse/document.js";
import { joinPointer, splitPointer } from "../parse/pointer.js";
import { validatorFor } from "./compile.js";

export interface Violation {
  /** Pointer relative to the resource. */
  at: string;
  /** The field the violation is about: `at`, or for a missing field, where it would be. */
  field: string;
  target: Target;
  message: string;
  /** A wrong type or shape: rules cannot safely read this resource. */
  structural: boolean;
  /** For a wrong type, the JSON types the schema wants there (`string`, `integer`, …). */
  wanted?: string[];
}

/** Validates one resource against its component of schemas/cloudflare-api.openapi.json. */
export function validate(kind: Kind, value: unknown): Violation[] {
  const check = validatorFor(kind);
  if (check(value)) return [];
  return describeErrors(check.errors ?? [], value, KIND_NAMES[kind]);
}

// ---- From ajv's errors to one plain message per location ----

/** When several errors land on one location, the first kind in this list is reported. */
const KEYWORD_RANK = ["type", "enum", "format", "minimum", "maximum", "multipleOf", "minLength", "maxLength", "uniqueItems"];

function rank(error: ErrorObject): number {
  const index = KEYWORD_RANK.indexOf(error.keyword);
  return index === -1 ? KEYWORD_RANK.length : index;
}

function describeErrors(errors: readonly ErrorObject[], value: unknown, resourceName: string): Violation[] {
  const best = new Map<string, ErrorObject>();
  for (const error of collapseAlternatives(errors)) {
    // Each missing property is its own location, though all are reported at their parent.
    const location =
      error.keyword === "required" ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath;
    const current = best.get(location);
    if (!current || rank(error) < rank(current)) best.set(location, error);
  }
  return [...best.values()]
    .map((error) => toViolation(error, value, resourceName))
    .sort((a, b) => compare(a.at, b.at) || compare(a.message, b.message));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const COMBINATORS = new Set(["oneOf", "anyOf"]);

/**
 * A failed oneOf/anyOf brings one error set per branch plus its own "must match" error.
 * Keeps only the branch whose type fits the value (its errors are about range or content),
 * or, when no branch's type fits, a single type error listing every branch's type.
 * Branches are told apart by schemaPath, so they must be written inline in the schema.
 */
function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const added: ErrorObject[] = [];
  const combinators = errors
    .filter((e) => COMBINATORS.has(e.keyword))
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length); // outermost first
  for (const combinator of combinators) {
    if (dropped.has(combinator)) continue; // inside a branch that was already set aside
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      const branch = branchOf(error, combinator.schemaPath);
      if (branch !== undefined) branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    // No failing branch: several matched a oneOf. Its own message is the one to give.
    if (branches.size === 0) continue;
    dropped.add(combinator);
    const misfits = (branchErrors: ErrorObject[]) =>
      branchErrors.filter((e) => e.keyword === "type" && e.instancePath === combinator.instancePath);
    const fitting = [...branches.values()]
      .filter((branchErrors) => misfits(branchErrors).length === 0)
      .sort((a, b) => a.length - b.length)[0];
    for (const branchErrors of branches.values()) {
      if (branchErrors !== fitting) branchErrors.forEach((e) => dropped.add(e));
    }
    if (!fitting) {
      const types = [...branches.values()].flatMap(misfits).flatMap(typesOf);
      added.push({ ...combinator, keyword: "type", params: { type: [...new Set(types)] } });
    }
  }
  return [...errors.filter((e) => !dropped.has(e)), ...added];
}

/** The branch index of an error that lies inside combinator `schemaPath`, if it does. */
function branchOf(error: ErrorObject, schemaPath: string): string | undefined {
  if (!error.schemaPath.startsWith(`${schemaPath}/`)) return undefined;
  return error.schemaPath.slice(schemaPath.length + 1).split("/")[0];
}

function typesOf(error: ErrorObject): string[] {
  const type: unknown = error.params.type;
  return Array.isArray(type) ? type.map(String) : String(type).split(",");
}

function toViolation(error: ErrorObject, resource: unknown, resourceName: string): Violation {
  const at = error.instancePath;
  if (error.keyword === "required") {
    const missing = joinPointer(at, String(error.params.missingProperty));
    const field = fieldName(resource, missing);
    // Nothing to point at but the parent: its key when it has one.
    return { at, field: missing, target: "key", message: `\`${field}\` is required`, structural: false };
  }
  const subject = at === "" ? `the ${resourceName}` : `\`${fieldName(resource, at)}\``;
  const problem = describeProblem(error, valueAt(resource, at));
  const type = error.keyword === "type";
  return { at, field: at, target: "value", message: `${subject} ${problem}`, structural: type, ...(type ? { wanted: typesOf(error) } : {}) };
}

function describeProblem(error: ErrorObject, data: unknown): string {
  const params = error.params as Record<string, unknown>;
  const got = describeValue(data);
  switch (error.keyword) {
    case "type":
      return `must be ${listAlternatives(typesOf(error).map(withArticle))}, got ${got}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map(showAllowed).join(", ")} (got ${got})`;
    case "minimum":
      return `must be at least ${String(params.limit)}, got ${got}`;
    case "maximum":
      return `must be at most ${String(params.limit)}, got ${got}`;
    case "multipleOf":
      return `must be a multiple of ${String(params.multipleOf)}, got ${got}`;
    case "minLength":
      return `must not be shorter than ${plural(Number(params.limit), "character")}, got ${got}`;
    case "maxLength":
      return `must not be longer than ${plural(Number(params.limit), "character")}, got ${plural(String(data).length, "character")}`;
    case "minItems":
      return `must list at least ${plural(Number(params.limit), "item")}, got ${countOf(data, got)}`;
    case "maxItems":
      return `must list at most ${plural(Number(params.limit), "item")}, got ${countOf(data, got)}`;
    case "uniqueItems": {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
      return `must not list a value twice: items ${first} and ${second} are both ${describeValue((data as unknown[])[Number(params.i)])}`;
    }
    case "format":
      return `must be a valid ${String(params.format)}, got ${got}`;
    default:
      return `${error.message ?? "is not valid"}, got ${got}`;
  }
}

function countOf(data: unknown, got: string): string {
  if (!Array.isArray(data)) return got;
  return data.length === 0 ? "an empty list" : plural(data.length, "item");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function withArticle(type: string): string {
  if (type === "null") return "null";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function listAlternatives(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function showAllowed(value: unknown): string {
  return value === "" ? '""' : typeof value === "string" ? value : JSON.stringify(value);
}

const MAX_QUOTED = 60;

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length > MAX_QUOTED ? `${quoted.slice(0, MAX_QUOTED - 2)}…"` : quoted;
  }
  // Numbers are read as 64-bit floats: past 2^53 the value held is not the one written (1e400 is Infinity).
  if (typeof value === "number" && Math.abs(value) >= 2 ** 53) {
    return Number.isFinite(value) ? "a number too large to hold exactly (beyond 2^53)" : "a number too large for a 64-bit float";
  }
  return String(value);
}

/** The value at a JSON pointer, walking plain objects and arrays. */
function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of splitPointer(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `origins[0].header.Host` for /origins/0/header/Host: the path as a person would write it. */
function fieldName(root: unknown, pointer: string): string {
  let name = "";
  let node = root;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(node)) name += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) name += name === "" ? segment : `.${segment}`;
    else name += `[${JSON.stringify(segment)}]`;
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return name;
}
