import { createScanner, SyntaxKind } from "jsonc-parser";
import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import type { ParsedDocument, Span } from "../parse/index.js";
import { joinPointer, parentPointer, splitPointer, valueAt } from "../parse/pointer.js";
import { isRecord } from "../parse/value.js";
import { lineStart } from "../text/lines.js";

/**
 * The text edits for a fix's changes to a JSON or JSONC document, or undefined when one cannot be
 * made there. Values are written as compact JSON; everything around them is left as it is, and
 * lines that only held what is removed go with it.
 */
export function jsonEdits(document: ParsedDocument, edits: readonly Edit[]): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  const removals = new Map<string, string[]>();
  for (const edit of edits) {
    if (edit.op === "remove") {
      // Removals from one container are made together: side by side, they share a comma.
      const parent = parentPointer(edit.at);
      removals.set(parent, [...(removals.get(parent) ?? []), edit.at]);
      continue;
    }
    const made = edit.op === "replace" ? replaceValue(document, edit.at, edit.value) : edit.op === "rename" ? rename(document, edit.at, edit.key) : add(document, edit.at, edit.value);
    if (!made) return undefined;
    out.push(...made);
  }
  for (const [parent, pointers] of removals) {
    const made = remove(document, parent, pointers);
    if (!made) return undefined;
    out.push(...made);
  }
  return out;
}

function replaceValue(document: ParsedDocument, pointer: string, value: unknown): TextEdit[] | undefined {
  const span = document.span(pointer);
  const text = literal(value);
  return span && text !== undefined ? [replace(span, text)] : undefined;
}

function rename(document: ParsedDocument, pointer: string, key: string): TextEdit[] | undefined {
  const span = document.span(pointer, "key");
  const siblings = valueAt(document.value, parentPointer(pointer));
  // Renaming onto an existing key would make a duplicate, which the API resolves silently.
  if (!span || !isRecord(siblings) || Object.hasOwn(siblings, key)) return undefined;
  return [replace(span, JSON.stringify(key))];
}

/** A value as compact JSON; undefined for what JSON cannot hold. */
function literal(value: unknown): string | undefined {
  return JSON.stringify(value) as string | undefined;
}

function replace(span: Span, text: string): TextEdit {
  return { range: [span.start, span.end], text };
}

/** A property with its key, or an array item: from where it starts to where its value ends. */
function memberSpan(document: ParsedDocument, pointer: string): Span | undefined {
  const value = document.span(pointer);
  if (!value) return undefined;
  return { start: document.span(pointer, "key")?.start ?? value.start, end: value.end };
}

/**
 * Members of one container with their separators. Members side by side are taken as one run; a
 * run followed by a comma goes with that comma, the last run takes the comma before it. A run's
 * whole lines go when nothing else is on them, so no blank line is left; comments stay.
 */
function remove(document: ParsedDocument, container: string, pointers: readonly string[]): TextEdit[] | undefined {
  const span = document.span(container);
  const members = pointers.map((pointer) => ({ pointer, span: pointer === "" ? undefined : memberSpan(document, pointer) }));
  if (!span || members.some((m) => m.span === undefined)) return undefined;
  const text = document.text;

  const runs: { first: string; start: number; end: number }[] = [];
  for (const { pointer, span: member } of members.sort((a, b) => a.span!.start - b.span!.start)) {
    const last = runs.at(-1);
    const comma = last && tokenAt(text, last.end);
    if (last && comma!.kind === SyntaxKind.CommaToken && tokenAt(text, comma!.end).start === member!.start) last.end = member!.end;
    else if (!last || member!.start >= last.end) runs.push({ first: pointer, start: member!.start, end: member!.end });
  }
  const edits: TextEdit[] = [];
  for (const run of runs) {
    const after = tokenAt(text, run.end);
    const before = tokenBefore(document, span, run.first, run.start);
    if (!before) return undefined;
    if (after.kind === SyntaxKind.CommaToken) {
      const withComma = { start: run.start, end: after.end };
      const lines = wholeLines(text, withComma);
      // Inline (`{"a": 1, "b": 2}`), the space after the comma goes too.
      if (lines === withComma) withComma.end += /^[ \t]*/.exec(text.slice(after.end))![0].length;
      edits.push(deleteText(lines));
    } else if (before.kind === SyntaxKind.CommaToken) {
      // The last run: on the comma's line, take the comma and the gap with it; else each alone.
      if (/^[ \t]*$/.test(text.slice(before.end, run.start))) edits.push(deleteText({ start: before.start, end: run.end }));
      else edits.push(deleteText(before), deleteText(wholeLines(text, run)));
    } else {
      edits.push(deleteText(wholeLines(text, run)));
    }
  }
  return edits;
}

/** Adds a property after the last one, on a line of its own when the object's members are. */
function add(document: ParsedDocument, pointer: string, value: unknown): TextEdit[] | undefined {
  if (pointer === "") return undefined;
  const parent = parentPointer(pointer);
  const key = splitPointer(pointer).at(-1)!;
  const object = valueAt(document.value, parent);
  const container = document.span(parent);
  if (!isRecord(object) || !container || Object.hasOwn(object, key)) return undefined;
  const written = literal(value);
  if (written === undefined) return undefined;
  const property = `${JSON.stringify(key)}: ${written}`;
  const text = document.text;

  const lastKey = Object.keys(object).at(-1);
  const last = lastKey === undefined ? undefined : memberSpan(document, joinPointer(parent, lastKey));
  if (!last) return [{ range: [container.start + 1, container.start + 1], text: property }];

  const ownLine = lineStart(text, last.start) > container.start;
  const separator = ownLine ? lineBreakOf(text) + /^[ \t]*/.exec(text.slice(lineStart(text, last.start)))![0] : " ";
  const next = tokenAt(text, last.end);
  // A trailing comma (JSONC) stays trailing.
  if (next.kind === SyntaxKind.CommaToken) return [{ range: [next.end, next.end], text: `${separator}${property},` }];
  return [{ range: [last.end, last.end], text: `,${separator}${property}` }];
}

function deleteText(span: Span): TextEdit {
  return { range: [span.start, span.end], text: "" };
}

interface Token extends Span {
  kind: SyntaxKind;
}

/** The first token at or after `offset` (an offset between tokens), past whitespace and comments. */
function tokenAt(text: string, offset: number): Token {
  const scanner = createScanner(text, true);
  scanner.setPosition(offset);
  const kind = scanner.scan();
  return { kind, start: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() };
}

/**
 * What comes before a member: the comma after the member before it, or the container's opening
 * bracket. Found from the member before it, so only the gap between the two is read. Undefined
 * when the text does not follow the value's order (a repeated key in JSONC): then no edit.
 */
function tokenBefore(document: ParsedDocument, container: Span, pointer: string, start: number): Token | undefined {
  const previous = previousSibling(document.value, pointer);
  if (previous === undefined) {
    const first = tokenAt(document.text, container.start + 1);
    return first.start === start ? { kind: SyntaxKind.OpenBraceToken, start: container.start, end: container.start + 1 } : undefined;
  }
  const end = memberSpan(document, previous)?.end;
  const comma = end === undefined ? undefined : tokenAt(document.text, end);
  return comma?.kind === SyntaxKind.CommaToken && tokenAt(document.text, comma.end).start === start ? comma : undefined;
}

/** The pointer of the property or item before this one in its container, if any. */
function previousSibling(root: unknown, pointer: string): string | undefined {
  const parent = parentPointer(pointer);
  const container = valueAt(root, parent);
  const segment = splitPointer(pointer).at(-1)!;
  if (Array.isArray(container)) return Number(segment) > 0 ? joinPointer(parent, Number(segment) - 1) : undefined;
  const keys = isRecord(container) ? Object.keys(container) : [];
  const i = keys.indexOf(segment);
  return i > 0 ? joinPointer(parent, keys[i - 1]!) : undefined;
}

/** The span widened to its whole lines (line break included) when nothing else is on them. */
function wholeLines(text: string, span: Span): Span {
  const start = lineStart(text, span.start);
  if (!/^[ \t]*$/.test(text.slice(start, span.start))) return span;
  const rest = /^[ \t]*(\r\n|\n|\r|$)/.exec(text.slice(span.end));
  return rest ? { start, end: span.end + rest[0].length } : span;
}

/** The file's own line break, so an added line matches the others (LF or CRLF). */
function lineBreakOf(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? "\n";
}
