import type { Edit } from "../engine/rule.js";
import type { Kind } from "../extract/index.js";
import { splitPointer, valueAt } from "../parse/pointer.js";
import { validate, type Violation } from "../schema/index.js";

/**
 * The repair of a schema violation that has one, offered only when the repaired value is then
 * valid there, which the schema itself is asked:
 * - a single string where the API wants a list (`"Host": "example.com"` for
 *   `"Host": ["example.com"]`) becomes a list of it;
 * - a number or boolean where the API wants a string (`expected_codes: 200`, YAML's commonest
 *   surprise) becomes the string written (`sourceOf`, the value's text in the document): `1.0`
 *   becomes "1.0", where the number it was read as would give "1".
 */
export function schemaFix(
  kind: Kind,
  resource: Record<string, unknown>,
  violation: Violation,
  sourceOf: (at: string) => string | undefined,
): Edit | undefined {
  if (!violation.structural || violation.at === "") return undefined;
  const value = valueAt(resource, violation.at);
  let repaired: string | string[];
  if (typeof value === "string" && violation.wanted?.includes("array")) repaired = [value];
  else if ((typeof value === "number" || typeof value === "boolean") && violation.wanted?.includes("string")) {
    // A bare token only, as numbers and booleans are written: quoting anything else would change more than its type.
    const source = sourceOf(violation.at);
    if (source === undefined || !/^[\w.+-]+$/.test(source)) return undefined;
    repaired = source;
  } else return undefined;
  const patched = withValue(resource, splitPointer(violation.at), repaired);
  const still = validate(kind, patched).some((v) => v.at === violation.at || v.at.startsWith(`${violation.at}/`));
  return still ? undefined : { op: "replace", at: violation.at, value: repaired };
}

/** A copy of `root` with the value at `path` replaced, sharing everything off the path. */
function withValue(root: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...root] as unknown as Record<string, unknown>) : { ...(root as Record<string, unknown>) };
  copy[head] = withValue(copy[head], rest, value);
  return copy;
}
