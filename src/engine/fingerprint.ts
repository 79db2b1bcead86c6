import { createHash } from "node:crypto";
import { splitPointer } from "../parse/pointer.js";

/**
 * A short hash of the value at `pointer` in a parsed document, blind to formatting and key
 * order: with the rule, file and pointer it identifies a finding across edits that move lines
 * (SARIF fingerprints). A pointer that does not exist (a missing field) hashes as absent.
 */
export function valueHash(root: unknown, pointer: string): string {
  let value = root;
  for (const segment of splitPointer(pointer)) {
    const own = value !== null && typeof value === "object" && Object.hasOwn(value, segment);
    value = own ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return createHash("sha256").update(canonical(value)).digest("hex").slice(0, 16);
}

function canonical(value: unknown): string {
  if (value === undefined) return "absent";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? String(value);
}
