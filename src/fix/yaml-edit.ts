import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import type { ParsedDocument } from "../parse/index.js";
import { joinPointer, parentPointer, splitPointer, valueAt } from "../parse/pointer.js";
import { isRecord } from "../parse/value.js";

/** A key YAML reads as itself without quotes. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The text edits for a fix's changes to a YAML document. Values are replaced and keys renamed in
 * place; a property of a block mapping is removed with its line, or added on a line of its own
 * after the mapping's last property, at its indentation. Values are written as JSON, which YAML
 * reads the same in block and flow context (a double-quoted string, a flow list or map).
 * Anything else is not edited (undefined, and the finding stays): a flow mapping, an array item,
 * a mapping the edit would leave empty (it would read as null), and lines whose removal or
 * addition could mean more than the edit meant (see linesCarryMeaning).
 */
export function yamlEdits(document: ParsedDocument, edits: readonly Edit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const made = editFor(document, edit);
    if (!made) return undefined;
    out.push(made);
  }
  return out;
}

function editFor(document: ParsedDocument, edit: Edit): TextEdit | undefined {
  const { text } = document;
  switch (edit.op) {
    case "replace": {
      const span = document.span(edit.at);
      const value = JSON.stringify(edit.value) as string | undefined;
      if (!span || value === undefined) return undefined;
      // A block value on the lines below its key may sit at the key's own indentation (a sequence
      // written "key:\n- a"); the flow value replacing it must sit deeper than the key.
      const key = document.span(edit.at, "key");
      const lineStart = lineStartOf(text, span.start);
      if (key && lineStart > key.start && /^[ \t]*$/.test(text.slice(lineStart, span.start))) {
        const keyColumn = key.start - lineStartOf(text, key.start);
        return { range: [lineStart, span.end], text: " ".repeat(keyColumn + 2) + value };
      }
      return { range: [span.start, span.end], text: value };
    }
    case "rename": {
      const span = document.span(edit.at, "key");
      const siblings = valueAt(document.value, parentPointer(edit.at));
      if (!span || !isRecord(siblings) || Object.hasOwn(siblings, edit.key)) return undefined;
      return { range: [span.start, span.end], text: keyText(edit.key) };
    }
    case "remove": {
      // The mapping keeps another property: without one it would read as null, not {}.
      const siblings = valueAt(document.value, parentPointer(edit.at));
      if (!linesCarryMeaning(document) || !isRecord(siblings) || Object.keys(siblings).length < 2) return undefined;
      const line = propertyLine(document, edit.at);
      // An anchor on a removed line would leave its aliases pointing at nothing.
      return line && !text.slice(line.start, line.end).includes("&") ? { range: [line.start, line.end], text: "" } : undefined;
    }
    case "add": {
      const parent = parentPointer(edit.at);
      const siblings = valueAt(document.value, parent);
      const key = splitPointer(edit.at).pop();
      const value = JSON.stringify(edit.value) as string | undefined;
      const keys = isRecord(siblings) ? Object.keys(siblings) : [];
      const last = keys.length > 0 ? joinPointer(parent, keys[keys.length - 1]!) : undefined;
      if (!linesCarryMeaning(document) || key === undefined || value === undefined || !last || Object.hasOwn(siblings as object, key)) return undefined;
      const line = propertyLine(document, last);
      // A block scalar's kept trailing lines (|+) would end up after the new line, not in the scalar.
      if (!line || /^[|>]/.test(text.slice(line.valueStart))) return undefined;
      // After the last property's line, or at the end of a text with no final line break.
      const newLine = line.eol || (text.includes("\r\n") ? "\r\n" : "\n");
      const added = `${line.indent}${keyText(key)}: ${value}`;
      return line.eol ? { range: [line.end, line.end], text: added + newLine } : { range: [line.end, line.end], text: newLine + added };
    }
  }
}

/**
 * The whole line of a block mapping's property: from the start of the line its key opens (with
 * nothing but indentation before the key) to the end of the line its value closes (with at most
 * a comment after it), line break included. Undefined for a property that shares its line with
 * anything else: a flow mapping, or the first property of a sequence item (`- key: value`).
 */
function propertyLine(
  document: ParsedDocument,
  pointer: string,
): { start: number; end: number; indent: string; eol: string; valueStart: number } | undefined {
  const { text } = document;
  const key = document.span(pointer, "key");
  const value = document.span(pointer);
  if (!key || !value) return undefined;
  const start = lineStartOf(text, key.start);
  const indent = text.slice(start, key.start);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const lineBreak = text.indexOf("\n", value.end);
  const lineEnd = lineBreak === -1 ? text.length : lineBreak;
  if (!/^[ \t]*(#.*)?\r?$/.test(text.slice(value.end, lineEnd))) return undefined;
  if (lineBreak === -1) return { start, end: text.length, indent, eol: "", valueStart: value.start };
  return { start, end: lineBreak + 1, indent, eol: text[lineBreak - 1] === "\r" ? "\r\n" : "\n", valueStart: value.start };
}

const carriesMeaning = new WeakMap<ParsedDocument, boolean>();

/**
 * Whether adding or removing a property's lines changes that property alone: not in a document
 * with a merge key (`<<`), which may bring a removed property back from elsewhere, nor in one
 * that repeats a key, where the last value wins. (Aliases need no test: span() does not reach
 * through one, and a removed line with an anchor is kept.)
 */
function linesCarryMeaning(document: ParsedDocument): boolean {
  // Asked once per finding with such an edit: the whole text is read once per document.
  let carry = carriesMeaning.get(document);
  if (carry === undefined) {
    carry = !/<<\s*:/.test(document.text) && !document.problems.some((p) => p.kind === "duplicate-key");
    carriesMeaning.set(document, carry);
  }
  return carry;
}

/** Where the line holding `offset` starts. */
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function keyText(key: string): string {
  return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
}
