import { createScanner, SyntaxKind } from "jsonc-parser";
import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import type { ParsedDocument, Span } from "../parse/index.js";
import { joinPointer, splitPointer, valueAt } from "../parse/pointer.js";

/**
 * The text edits for one change to a JSON or JSONC document, or undefined when it cannot be made
 * there. Values are written as compact JSON; everything around them is left as it is, and lines
 * that only held what is removed go with it.
 */
export function jsonEdit(document: ParsedDocument, edit: Edit): TextEdit[] | undefined {
  switch (edit.op) {
    case "replace": {
      const span = document.span(edit.at);
      const text = literal(edit.value);
      return span && text !== undefined ? [replace(span, text)] : undefined;
    }
    case "rename": {
      const span = document.span(edit.at, "key");
      const siblings = valueAt(document.value, parentOf(edit.at));
      // Renaming onto an existing key would make a duplicate, which the API resolves silently.
      if (!span || !isObject(siblings) || Object.hasOwn(siblings, edit.key)) return undefined;
      return [replace(span, JSON.stringify(edit.key))];
    }
    case "remove":
      return remove(document, edit.at);
    case "add":
      return add(document, edit.at, edit.value);
  }
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
 * The separators around a member, and its line. A member followed by a comma goes with that
 * comma; the last member takes the comma before it. The member's whole line goes when nothing else
 * is on it, so no blank line is left; comments are never removed.
 */
function remove(document: ParsedDocument, pointer: string): TextEdit[] | undefined {
  if (pointer === "") return undefined;
  const member = memberSpan(document, pointer);
  const container = document.span(parentOf(pointer));
  if (!member || !container) return undefined;
  const text = document.text;
  const tokens = tokensOf(text, container);
  const after = tokens.find((t) => t.start >= member.end);
  const before = tokens.filter((t) => t.end <= member.start).at(-1);
  if (!after || !before) return undefined;

  if (after.kind === SyntaxKind.CommaToken) {
    const withComma = { start: member.start, end: after.end };
    const lines = wholeLines(text, withComma);
    // Inline (`{"a": 1, "b": 2}`), the space after the comma goes too.
    if (lines === withComma) withComma.end += /^[ \t]*/.exec(text.slice(after.end))![0].length;
    return [deleteText(lines)];
  }
  if (before.kind === SyntaxKind.CommaToken) {
    // The last member: on the comma's line, take the comma and the gap with it; else each alone.
    if (/^[ \t]*$/.test(text.slice(before.end, member.start))) return [deleteText({ start: before.start, end: member.end })];
    return [deleteText(before), deleteText(wholeLines(text, member))];
  }
  return [deleteText(wholeLines(text, member))];
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
