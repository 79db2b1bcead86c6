import type { TextEdit } from "../engine/finding.js";
import type { Edit } from "../engine/rule.js";
import type { ParsedDocument, Span } from "../parse/index.js";
import { joinPointer, parentPointer, splitPointer, valueAt } from "../parse/pointer.js";
import { isLiteral } from "../parse/terraform-json-syntax.js";
import { isRecord } from "../parse/value.js";
import { heredocClosingLine, lineStart } from "../text/lines.js";

/**
 * The text edits for a fix's changes to Terraform's native syntax (`.tf`), at document pointers
 * the translation chose (see editPointer), or undefined when one cannot be made:
 * - replace: only a literal (number, bool, quoted string without interpolation, or a list of
 *   them): an expression (`var.x`, a reference) is fixed where it is defined, not here;
 * - remove: an argument or object element with the whole lines it holds, never a block, nor the
 *   last member of its block or object;
 * - add: an argument on a line of its own after the last one of its block or object.
 * Values are written as `terraform fmt` writes them, and the `=` and comments of the lines around
 * are padded as it aligns them, so a file it leaves as it is stays so once fixed.
 */
export function hclEdits(document: ParsedDocument, edits: readonly Edit[]): TextEdit[] | undefined {
  const lines = linesOf(document);
  if (!lines) return undefined;
  const made: TextEdit[] = [];
  for (const edit of edits) {
    const text =
      edit.op === "replace" ? replace(document, edit.at, edit.value) : edit.op === "remove" ? remove(document, edit.at) : edit.op === "add" ? add(document, lines, edit.at, edit.value) : undefined;
    if (!text) return undefined;
    made.push(text);
  }
  return withAlignment(document.text, lines, made);
}

const SCALAR = String.raw`-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|"(?:[^"\\\r\n$%]|\\.|\$\$\{|%%\{|[$%](?!\{))*"`;
/** The text of a literal, as isLiteral: a heredoc, a parenthesised value or a list with comments is not one here. */
const LITERAL_TEXT = new RegExp(String.raw`^(?:${SCALAR}|\[\s*(?:(?:${SCALAR})\s*,\s*)*(?:(?:${SCALAR})\s*,?\s*)?\])$`);

function replace(document: ParsedDocument, at: string, value: unknown): TextEdit | undefined {
  const span = document.span(at);
  const written = hclValue(value);
  if (!span || written === undefined) return undefined;
  if (!isLiteral(valueAt(document.value, at)) || !LITERAL_TEXT.test(document.text.slice(span.start, span.end))) return undefined;
  return { range: [span.start, span.end], text: written };
}

function remove(document: ParsedDocument, at: string): TextEdit | undefined {
  const holder = valueAt(document.value, parentPointer(at));
  const line = memberLines(document, at);
  return line && isRecord(holder) && Object.keys(holder).length > 1 ? { range: [line.start, line.end], text: "" } : undefined;
}

/** What may follow a member's value on its last line: a comma, a comment, the line break. */
const LINE_REST = /[ \t]*,?[ \t]*(?:(?:#|\/\/)[^\r\n]*)?(?:\r?\n|$)/y;

/**
 * The lines of an argument or object element that holds them alone: its name starts its line,
 * and its value ends its line (a comma and a comment may follow). Undefined for a block, whose
 * type is its key, and for anything sharing its lines.
 */
function memberLines(document: ParsedDocument, at: string): (Span & { indent: string }) | undefined {
  const { text } = document;
  const key = document.span(at, "key");
  const value = document.span(at);
  if (!key || !value || !/^[ \t]*[=:][ \t]*$/.test(text.slice(key.end, value.start))) return undefined;
  const start = lineStart(text, key.start);
  const indent = text.slice(start, key.start);
  LINE_REST.lastIndex = value.end;
  const rest = LINE_REST.exec(text);
  return /^[ \t]*$/.test(indent) && rest ? { start, end: value.end + rest[0].length, indent } : undefined;
}

/**
 * After the last argument of the block or object, at its indentation. Where that argument is one
 * of a group whose `=` terraform fmt aligns, the new one joins the group padded to its column,
 * unless its name is longer than every name there: then it starts a group of its own after a
 * blank line, so that the group's lines stay as they are.
 */
function add(document: ParsedDocument, lines: readonly Line[], at: string, value: unknown): TextEdit | undefined {
  const holderPointer = parentPointer(at);
  const holder = valueAt(document.value, holderPointer);
  const name = splitPointer(at).at(-1)!;
  const written = hclValue(value);
  if (!isRecord(holder) || Object.hasOwn(holder, name) || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) || written === undefined) return undefined;
  // Arguments only: blocks have spans one level down (`type/0`, `type/label`), or span from their type.
  const members = Object.keys(holder)
    .map((key) => joinPointer(holderPointer, key))
    .filter((pointer) => document.span(pointer, "key") !== undefined && document.span(pointer)!.start !== document.span(pointer, "key")!.start);
  const last = members.sort((a, b) => document.span(a)!.end - document.span(b)!.end).at(-1);
  const line = last === undefined ? undefined : memberLines(document, last);
  const { text } = document;
  // A block that ends the file without a line break after its last argument is not a block.
  if (!line || !/[\r\n]$/.test(text.slice(line.start, line.end))) return undefined;
  const newLine = text.slice(line.start, line.end).endsWith("\r\n") ? "\r\n" : "\n";
  const group = groupOf(text, lines, line.start);
  const lead = width(line.indent + name);
  const added =
    group && lead <= group.lead ? `${line.indent}${name}${" ".repeat(group.lead - lead + 1)}= ${written}` : `${group ? newLine : ""}${line.indent}${name} = ${written}`;
  return { range: [line.end, line.end], text: added + newLine };
}

/** The group of aligned `=` holding the line that starts at `start`, with the widest name's width. */
function groupOf(text: string, lines: readonly Line[], start: number): { lead: number } | undefined {
  const i = lineAt(lines, start);
  if (lines[i]!.start !== start || lines[i]!.eq < 0) return undefined;
  let first = i;
  let last = i;
  while (first > 0 && lines[first - 1]!.eq >= 0) first--;
  while (last < lines.length - 1 && lines[last + 1]!.eq >= 0) last++;
  return { lead: Math.max(...lines.slice(first, last + 1).map((line) => leadWidth(text, line))) };
}

// ---- Values ----

const ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "${": "$${", "%{": "%%{" };

/** A value as terraform fmt writes it: a quoted string with HCL's escapes, a number, a bool, or a list of strings. */
function hclValue(value: unknown): string | undefined {
  if (typeof value === "string") return hclString(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return `[${value.map(hclString).join(", ")}]`;
  return undefined;
}

function hclString(value: string): string {
  // Other control characters as \uNNNN; `${` and `%{` escaped, or they would start an expression.
  const escaped = value.replace(/[\\"\x00-\x1f\x7f]|\$\{|%\{/g, (m) => ESCAPES[m] ?? `\\u${m.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `"${escaped}"`;
}

// ---- terraform fmt's alignment ----

/**
 * A line as terraform fmt lays it out: where its `=` is when it is an argument or element on one
 * line (the first `=` after the first token, with the brackets after it balanced), and where its
 * comment is when one ends a line that holds something else. fmt aligns the `=` of consecutive
 * such lines, then the comments of consecutive lines that end with one. A heredoc, to its closing
 * marker, belongs to the line it starts on, which it leaves balanced (as terraform 1.x fmt reads it).
 */
interface Line {
  start: number;
  eq: number;
  comment: number;
}

const layouts = new WeakMap<ParsedDocument, Line[] | undefined>();

function linesOf(document: ParsedDocument): Line[] | undefined {
  if (!layouts.has(document)) layouts.set(document, fmtLines(document.text));
  return layouts.get(document);
}

/**
 * The lines of a text, or undefined where a line could be read otherwise than fmt reads it (a
 * block comment or an interpolation over several lines): then no edit is made.
 */
function fmtLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let line: Line = { start: 0, eq: -1, comment: -1 };
  let tokens = 0;
  let net = 0;
  const close = (next: number) => {
    if (net !== 0) line.eq = -1;
    lines.push(line);
    line = { start: next, eq: -1, comment: -1 };
    tokens = 0;
    net = 0;
  };
  // Brackets count once the `=` is found: fmt balances what follows it.
  const bracket = (change: number) => {
    if (line.eq >= 0) net += change;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      i += c === "\r" ? 2 : 1;
      close(i);
    } else if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === "#" || text.startsWith("//", i)) {
      if (tokens > 0) line.comment = i;
      i = endOfLine(text, i);
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0 || /[\r\n]/.test(text.slice(i, end))) return undefined;
      i = end + 2;
      tokens++;
    } else if (c === '"') {
      i = skipString(text, i);
      if (i < 0) return undefined;
      tokens++;
    } else if (text.startsWith("<<", i)) {
      i = skipHeredoc(text, i);
      if (i < 0) return undefined;
      tokens++;
    } else if ((c === "=" || c === "!" || c === "<" || c === ">") && (text[i + 1] === "=" || text[i + 1] === ">")) {
      // A two-character operator (==, !=, <=, >=, =>), never an assignment.
      i += 2;
      tokens++;
    } else {
      if (c === "=" && line.eq < 0 && tokens > 0) line.eq = i;
      else if ("{[(".includes(c)) bracket(1);
      else if ("}])".includes(c)) bracket(-1);
      i++;
      tokens++;
    }
  }
  close(text.length);
  return lines;
}

/** Where the line holding `from` ends: its line break (\r\n or \n), or the end of the text. */
function endOfLine(text: string, from: number): number {
  const br = text.indexOf("\n", from);
  if (br < 0) return text.length;
  return br > from && text[br - 1] === "\r" ? br - 1 : br;
}

/** Past a quoted string starting at `i`, or -1 when it does not close on its line. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; ) {
    const c = text[j]!;
    if (c === "\\") j += 2;
    else if (c === '"') return j + 1;
    else if (c === "\n" || c === "\r") return -1;
    else if ((c === "$" || c === "%") && text[j + 1] === c && text[j + 2] === "{") j += 3;
    else if ((c === "$" || c === "%") && text[j + 1] === "{") {
      j = skipInterpolation(text, j + 2);
      if (j < 0) return -1;
    } else j++;
  }
  return -1;
}

/** Past the `}` that closes an interpolation whose content starts at `j`, or -1 when it does not close on its line. */
function skipInterpolation(text: string, j: number): number {
  let depth = 0;
  while (j < text.length) {
    const c = text[j]!;
    if (c === "\n" || c === "\r") return -1;
    if (c === '"') {
      j = skipString(text, j);
      if (j < 0) return -1;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && depth-- === 0) return j + 1;
    j++;
  }
  return -1;
}

/** Past a heredoc's closing marker line (its line break left to end the line), or -1 when it has none. */
function skipHeredoc(text: string, i: number): number {
  const opening = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(text.slice(i, i + 256));
  return (opening && heredocClosingLine(text, i + opening[0].length, opening[1]!)?.end) ?? -1;
}

/** Columns as fmt counts them: one per character as the eye sees it (grapheme cluster). */
function width(text: string): number {
  if (/^[\x20-\x7e\t]*$/.test(text)) return text.length;
  let count = 0;
  for (const _ of new Intl.Segmenter().segment(text)) count++;
  return count;
}

function leadWidth(text: string, line: Line): number {
  return width(text.slice(line.start, line.eq).trimEnd());
}

/** The spaces fmt puts before each line's `=` and comment (-1 where it has none), as it aligns them. */
function alignment(text: string, lines: readonly Line[]): { eq: number[]; comment: number[] } {
  const eq = lines.map(() => -1);
  const comment = lines.map(() => -1);
  const runs = (has: (line: Line) => boolean, measure: (i: number) => number, into: number[]) => {
    for (let i = 0; i < lines.length; ) {
      if (!has(lines[i]!)) {
        i++;
        continue;
      }
      let end = i;
      while (end < lines.length && has(lines[end]!)) end++;
      const widths = lines.slice(i, end).map((_, k) => measure(i + k));
      const widest = Math.max(...widths);
      widths.forEach((w, k) => (into[i + k] = widest - w + 1));
      i = end;
    }
  };
  runs((line) => line.eq >= 0, (i) => leadWidth(text, lines[i]!), eq);
  runs(
    (line) => line.comment >= 0,
    (i) => {
      const line = lines[i]!;
      if (line.eq < 0) return width(text.slice(line.start, line.comment).trimEnd());
      return leadWidth(text, line) + eq[i]! + width(text.slice(line.eq, line.comment).trimEnd());
    },
    comment,
  );
  return { eq, comment };
}

/**
 * The edits with the padding fmt then wants before the `=` and comments of the lines around them:
 * an edited line is padded as fmt would; any other line only where fmt had aligned it before
 * (so a file that fmt leaves as it is stays so, and a file it would change is not reformatted
 * beyond what the edit touches). Undefined when padding would be needed inside text the edits
 * write, which they should have written aligned.
 *
 * Only the lines between the nearest line before the edits and after them that has neither an
 * aligned `=` nor a comment are read (no group of fmt's reaches past such a line): a file with
 * many findings is not read whole for each of their fixes.
 */
function withAlignment(text: string, lines: readonly Line[], edits: readonly TextEdit[]): TextEdit[] | undefined {
  const hasCell = (i: number) => lines[i]!.eq >= 0 || lines[i]!.comment >= 0;
  let first = lineAt(lines, Math.min(...edits.map((e) => e.range[0]))) - 1;
  while (first > 0 && hasCell(first)) first--;
  let last = lineAt(lines, Math.max(...edits.map((e) => e.range[1]))) + 1;
  while (last < lines.length - 1 && hasCell(last)) last++;
  const from = lines[Math.max(first, 0)]!.start;
  const to = lines[last + 1]?.start ?? text.length;
  const shifted = edits.map((e): TextEdit => ({ range: [e.range[0] - from, e.range[1] - from], text: e.text }));
  const within = lines.slice(Math.max(first, 0), last + 1).map((line) => ({ start: line.start - from, eq: shiftCell(line.eq, from), comment: shiftCell(line.comment, from) }));
  const padding = alignedWithin(text.slice(from, to), within, shifted);
  return padding && [...edits, ...padding.map((e): TextEdit => ({ range: [e.range[0] + from, e.range[1] + from], text: e.text }))];
}

/** The index of the line holding offset `at`. */
function lineAt(lines: readonly Line[], at: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

function shiftCell(at: number, by: number): number {
  return at < 0 ? at : at - by;
}

/** The padding edits for `edits` to a text (with its lines) whose fmt groups all lie within it (see withAlignment). */
function alignedWithin(text: string, lines: readonly Line[], edits: readonly TextEdit[]): TextEdit[] | undefined {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  // Each edit's place in the output, and the offset it shifts the text after it by.
  const placed: { start: number; end: number; shift: number }[] = [];
  let output = "";
  let last = 0;
  let shift = 0;
  for (const edit of sorted) {
    if (edit.range[0] < last) return undefined;
    output += text.slice(last, edit.range[0]);
    placed.push({ start: output.length, end: output.length + edit.text.length, shift: shift + edit.text.length - (edit.range[1] - edit.range[0]) });
    output += edit.text;
    shift = placed.at(-1)!.shift;
    last = edit.range[1];
  }
  output += text.slice(last);
  const after = fmtLines(output);
  if (!after) return undefined;

  /** The offset in the original text of an output offset outside what the edits wrote. */
  const original = (at: number): number | undefined => {
    let moved = 0;
    for (const p of placed) {
      if (at < p.end) return at < p.start ? at - moved : undefined;
      moved = p.shift;
    }
    return at - moved;
  };
  const edited = (start: number, end: number) => placed.some((p) => (p.start < end && p.end > start) || (p.start === p.end && p.start > start && p.start < end));
  const before = alignment(text, lines);
  const wanted = alignment(output, after);
  const lineAt = new Map(lines.map((line, i) => [line.start, i]));
  const padding: TextEdit[] = [];
  for (const [j, line] of after.entries()) {
    const touched = edited(line.start, after[j + 1]?.start ?? output.length);
    const was = touched ? undefined : lineAt.get(original(line.start) ?? -1);
    for (const cell of ["eq", "comment"] as const) {
      const at = line[cell];
      if (at < 0) continue;
      const want = " ".repeat(wanted[cell][j]!);
      const pad = at - /[ \t]*$/.exec(output.slice(line.start, at))![0].length;
      const has = output.slice(pad, at);
      // A line the edits left is padded anew only where fmt had aligned it (its text is as it was).
      const old = was === undefined ? -1 : before[cell][was]!;
      if (has === want || (!touched && (old < 0 || has !== " ".repeat(old)))) continue;
      const from = original(pad);
      const to = original(at);
      if (from === undefined || to === undefined || to - from !== at - pad) return undefined;
      padding.push({ range: [from, to], text: want });
    }
  }
  return padding;
}
