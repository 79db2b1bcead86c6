import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import type { ParsedDocument } from "../parse/index.js";
import { valueAt } from "../parse/pointer.js";
import { escapeLiteral, isLiteral } from "../parse/terraform-json-syntax.js";
import { jsonEdits } from "./json-edit.js";

/**
 * The text edits for a fix's changes to Terraform's JSON syntax (`.tf.json`), made by the JSON
 * editor: a value is replaced only where it is a literal (a string there holding `${…}` is an
 * expression, fixed where it is defined), and strings are written in that syntax (`${` as `$${`).
 */
export function terraformJsonEdits(document: ParsedDocument, edits: readonly Edit[]): TextEdit[] | undefined {
  const written: Edit[] = [];
  for (const edit of edits) {
    if (edit.op === "rename" || (edit.op === "replace" && !isLiteral(valueAt(document.value, edit.at)))) return undefined;
    written.push(edit.op === "remove" ? edit : { ...edit, value: inSyntax(edit.value) });
  }
  return jsonEdits(document, written);
}

function inSyntax(value: unknown): unknown {
  if (typeof value === "string") return escapeLiteral(value);
  return Array.isArray(value) ? value.map(inSyntax) : value;
}
