import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import { syntaxOf, type ParsedDocument } from "../parse/index.js";
import { hclEdits } from "./hcl-edit.js";
import { jsonEdits } from "./json-edit.js";
import { terraformJsonEdits } from "./terraform-json-edit.js";
import { yamlEdits } from "./yaml-edit.js";

/**
 * Turns a rule's edits (pointers already made absolute) into one text edit of the document, or
 * undefined when any of them cannot be placed or two of them overlap: a fix applies whole or not
 * at all.
 */
export function textEditFor(path: string, document: ParsedDocument, edits: readonly Edit[]): TextEdit | undefined {
  const editor = editorFor(path);
  if (!editor) return undefined;
  const placed = editor(document, edits);
  return placed && merge(document.text, placed);
}

/** The text edits for a fix's changes in one syntax, or undefined when one cannot be made. */
type Editor = (document: ParsedDocument, edits: readonly Edit[]) => TextEdit[] | undefined;

/**
 * How edits are written in a file's syntax, chosen by its name as the parser is. A name of no
 * known syntax (stdin's) is read as JSON. In Terraform files, edits arrive at the pointers the
 * translation chose (see editPointer).
 */
function editorFor(path: string): Editor | undefined {
  switch (syntaxOf(path)) {
    case undefined:
    case "json":
    case "jsonc":
      return jsonEdits;
    case "yaml":
      return yamlEdits;
    case "hcl":
      return hclEdits;
    case "terraform-json":
      return terraformJsonEdits;
  }
}

/**
 * Several edits as one, keeping the text between them (ESLint's fix shape is a single range).
 * Undefined when edits overlap: applying both would be ambiguous.
 */
export function merge(text: string, edits: readonly TextEdit[]): TextEdit | undefined {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const first = sorted[0];
  if (!first) return undefined;
  let out = first.text;
  let end = first.range[1];
  for (const edit of sorted.slice(1)) {
    if (edit.range[0] < end) return undefined;
    out += text.slice(end, edit.range[0]) + edit.text;
    end = edit.range[1];
  }
  return { range: [first.range[0], end], text: out };
}

/**
 * Applies the edits that do not overlap an earlier one (by start offset), as ESLint does: edits
 * that touch or overlap one already taken are left for the next pass, which sees the new text.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): { output: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let last = -1;
  const applied: TextEdit[] = [];
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start <= last || start > end || end > text.length) continue;
    output += text.slice(Math.max(last, 0), start) + edit.text;
    last = end;
    applied.push(edit);
  }
  output += text.slice(Math.max(last, 0));
  return { output, applied };
}
