import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import type { ParsedDocument } from "../parse/index.js";
import { valueAt } from "../parse/pointer.js";

/** A key YAML reads as itself without quotes. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The text edits for a fix's changes to a YAML document: values are replaced and keys renamed in
 * place. Values are written as JSON, which YAML reads the same in block and flow context (a
 * double-quoted string, a flow list or map). Removing and adding properties would reshape
 * indented lines: such a fix is not made in YAML (undefined), and stays a finding.
 */
export function yamlEdits(document: ParsedDocument, edits: readonly Edit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    if (edit.op === "replace") {
      const span = document.span(edit.at);
      const text = JSON.stringify(edit.value) as string | undefined;
      if (!span || text === undefined) return undefined;
      out.push({ range: [span.start, span.end], text });
    } else if (edit.op === "rename") {
      const span = document.span(edit.at, "key");
      const siblings = valueAt(document.value, edit.at.slice(0, edit.at.lastIndexOf("/")));
      if (!span || siblings === null || typeof siblings !== "object" || Object.hasOwn(siblings, edit.key)) return undefined;
      out.push({ range: [span.start, span.end], text: PLAIN_KEY.test(edit.key) ? edit.key : JSON.stringify(edit.key) });
    } else {
      return undefined;
    }
  }
  return out;
}
