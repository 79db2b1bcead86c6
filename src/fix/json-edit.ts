import { createScanner, SyntaxKind } from "jsonc-parser";
import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import type { ParsedDocument, Span } from "../parse/index.js";
import { joinPointer, splitPointer, valueAt } from "../parse/pointer.js";

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
      const parent = parentOf(edit.at);
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
  const siblings = valueAt(document.value, parentOf(pointer));
  // Renaming onto an existing key would make a duplicate, which the API resolves silently.
  if (!span || !isObject(siblings) || Object.hasOwn(siblings, key)) return undefined;
  return [replace(span, JSON.stringify(key))];
}

/** A value as compact JSON; undefined for what JSON cannot hold. */
function literal(value: unknown): string | undefined {
  return JSON.stringify(value) as string | undefined;
}

function replace(span: Span, text: string): TextEdit {
  return { range: [span.start, span.end], text };
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
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
  const members = pointers.map((p) => (p === "" ? undefined : memberSpan(document, p)));
  if (!span || members.some((m) => m === undefined)) return undefined;
  const text = document.text;
  const tokens = tokensOf(text, span);
  const between = (a: Span, b: Span) => tokens.filter((t) => t.start >= a.end && t.end <= b.start);

  const runs: Span[] = [];
  for (const member of (members as Span[]).sort((a, b) => a.start - b.start)) {
    const last = runs.at(-1);
    const gap = last && between(last, member);
    if (last && gap!.length === 1 && gap![0]!.kind === SyntaxKind.CommaToken) last.end = member.end;
    else if (!last || member.start >= last.end) runs.push({ ...member });
  }
  const edits: TextEdit[] = [];
  for (const run of runs) {
    const after = tokens.find((t) => t.start >= run.end);
    const before = tokens.filter((t) => t.end <= run.start).at(-1);
    if (!after || !before) return undefined;
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
  const parent = parentOf(pointer);
  const key = splitPointer(pointer).at(-1)!;
  const object = valueAt(document.value, parent);
  const container = document.span(parent);
  if (!isObject(object) || !container || Object.hasOwn(object, key)) return undefined;
  const written = literal(value);
  if (written === undefined) return undefined;
  const property = `${JSON.stringify(key)}: ${written}`;
  const text = document.text;

  const lastKey = Object.keys(object).at(-1);
  const last = lastKey === undefined ? undefined : memberSpan(document, joinPointer(parent, lastKey));
  if (!last) return [{ range: [container.start + 1, container.start + 1], text: property }];

  const ownLine = lineStart(text, last.start) > container.start;
  const separator = ownLine ? lineBreakOf(text) + /^[ \t]*/.exec(text.slice(lineStart(text, last.start)))![0] : " ";
  const next = tokensOf(text, container).find((t) => t.start >= last.end);
  // A trailing comma (JSONC) stays trailing.
  if (next?.kind === SyntaxKind.CommaToken) return [{ range: [next.end, next.end], text: `${separator}${property},` }];
  return [{ range: [last.end, last.end], text: `,${separator}${property}` }];
}

function deleteText(span: Span): TextEdit {
  return { range: [span.start, span.end], text: "" };
}

interface Token extends Span {
  kind: SyntaxKind;
}

/** The tokens directly inside a container (one level deep), without whitespace and comments. */
function tokensOf(text: string, container: Span): Token[] {
  const scanner = createScanner(text, true);
  scanner.setPosition(container.start + 1);
  const tokens: Token[] = [];
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF && scanner.getTokenOffset() < container.end - 1; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) depth++;
    else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) depth--;
    else if (depth === 0) tokens.push({ kind, start: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() });
  }
  // The container's own brackets bound the first and last members.
  return [
    { kind: SyntaxKind.OpenBraceToken, start: container.start, end: container.start + 1 },
    ...tokens,
    { kind: SyntaxKind.CloseBraceToken, start: container.end - 1, end: container.end },
  ];
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
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
