import type { Edit } from "../engine/rule.js";
import type { Kind } from "../extract/index.js";
import { splitPointer, valueAt } from "../parse/pointer.js";
import { validate, type Violation } from "../schema/index.js";

/**
 * The repair of a schema violation that has one: a single string where the API wants a list
 * (`"Host": "example.com"` for `"Host": ["example.com"]`) becomes a list of it. Only when the list
 * is then valid there, which the schema itself is asked.
 */
export function schemaFix(kind: Kind, resource: Record<string, unknown>, violation: Violation): Edit | undefined {
  const value = valueAt(resource, violation.at);
  if (!violation.structural || violation.at === "" || typeof value !== "string") return undefined;
  const patched = withValue(resource, splitPointer(violation.at), [value]);
  const still = validate(kind, patched).some((v) => v.at === violation.at || v.at.startsWith(`${violation.at}/`));
  return still ? undefined : { op: "replace", at: violation.at, value: [value] };
}

/** A copy of `root` with the value at `path` replaced, sharing everything off the path. */
function withValue(root: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...root] as unknown as Record<string, unknown>) : { ...(root as Record<string, unknown>) };
  copy[head] = withValue(copy[head], rest, value);
  return copy;
}
