import type { ParsedDocument, Target } from "./document.js";
import type { Range } from "./position.js";
import { isArrayIndex, splitPointer, valueAt } from "./pointer.js";

/**
 * Strict JSON, the common case, parsed the fast way: JSON.parse builds the value, and a
 * position is looked for in the text only when a finding asks for one. Returns undefined when
 * the text is not strict JSON, repeats a key in an object, or nests deeper than `maxDepth`
 * levels: the tree parser (or the depth check) then says what is wrong, and where.
 */
export function parseStrictJson(text: string, maxDepth = Infinity): ParsedDocument | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of repeated keys silently, so a text that repeats one has more keys,
  // and strings, than its value. The keys are counted at their colons, fewer than the quotes; only
  // when a string holds a colon counted with them are all the strings counted.
  const shape = shapeOf(value);
  if (shape.depth > maxDepth) return undefined;
  if (colonsAfterQuotes(text) !== shape.keys && stringTokens(text) !== shape.strings) return undefined;
  let locator: Locator | undefined; // most files have no finding, so no position is ever asked for
  return {
    text,
    value,
    problems: [],
    comments: [],
    locate(pointer: string, target: Target = "value"): Range {
      locator ??= new Locator(text, shape);
      const node = locator.find(pointer);
      if (target === "key" && node.keyStart >= 0) {
        const key = locator.lines.position(node.keyStart);
        return { line: key.line, column: key.column, endLine: key.line, endColumn: key.column + node.keyEnd - node.keyStart };
      }
      const start = locator.lines.position(node.start);
      const end = locator.lines.position(node.end);
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    },
    span(pointer: string, target: Target = "value") {
      // Keys are not repeated here, so a pointer the value has is one the locator reaches exactly.
      if (valueAt(value, pointer) === undefined) return undefined;
      const node = (locator ??= new Locator(text, shape)).find(pointer);
      if (target === "value") return { start: node.start, end: node.end };
      return node.keyStart >= 0 ? { start: node.keyStart, end: node.keyEnd } : undefined;
    },
  };
}

/**
 * The colons of valid JSON text that follow a quote, after whitespace if any: the one after each
 * key, and any in a string right after its opening quote (":80") or an escaped quote. So never
 * fewer than the keys of the text, and as many as the value has only when no key is repeated.
 */
function colonsAfterQuotes(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let before = colon - 1;
    let c = text.charCodeAt(before);
    while (c === SPACE || c === LF || c === CR || c === TAB) c = text.charCodeAt(--before);
    if (c === QUOTE) count++;
  }
  return count;
}

/** The number of string tokens in valid JSON: its quotes, less the escaped ones, halved. */
function stringTokens(text: string): number {
  let quotes = occurrences(text, '"');
  // Backslashes occur only inside strings; a quote after an odd run of them is escaped.
  for (let i = text.indexOf("\\"); i !== -1; i = text.indexOf("\\", i)) {
    let end = i;
    while (text.charCodeAt(end) === BACKSLASH) end++;
    if ((end - i) % 2 === 1 && text.charCodeAt(end) === QUOTE) quotes--;
    i = end;
  }
  return quotes / 2;
}

/** What shapeOf counts in a parsed value. */
interface Shape {
  /** Keys and string values. */
  strings: number;
  /** Keys of objects. */
  keys: number;
  /** How many levels objects and arrays nest. */
  depth: number;
  /** Objects, which the locator compares with the braces in the text. */
  objects: number;
}

/** The shape of a parsed value; a loop, so depth cannot overflow the stack. */
function shapeOf(root: unknown): Shape {
  let stringValues = 0;
  let keys = 0;
  let depth = 0;
  let objects = 0;
  // Containers still to visit, each with its level (the root's is 1).
  const pending: object[] = [];
  const levels: number[] = [];
  const visit = (item: unknown, level: number) => {
    if (typeof item === "string") stringValues++;
    else if (item !== null && typeof item === "object") {
      pending.push(item);
      levels.push(level);
    }
  };
  visit(root, 1);
  while (pending.length > 0) {
    const node = pending.pop()!;
    const level = levels.pop()!;
    if (level > depth) depth = level;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) visit(node[i], level + 1);
    } else {
      objects++;
      for (const key in node) {
        keys++;
        visit((node as Record<string, unknown>)[key], level + 1);
      }
    }
  }
  return { strings: keys + stringValues, keys, depth, objects };
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;

/** Where a value is in the text, and its key's string when it is a property's value. */
interface Span {
  start: number;
  end: number;
  /** -1 for the root and for array items. */
  keyStart: number;
  keyEnd: number;
}

/** The children of one object or array. */
type Children = { keys: Map<string, Span> } | { items: Span[] };

/**
 * Indexes of two levels of containers are built in one pass over a container's text, when a
 * pointer first goes into it: a bundle's arrays and the objects in them from one pass over the
 * file, each object's fields from a pass over that object only.
 */
const LEVELS_PER_PASS = 2;

/**
 * Finds values in valid JSON text by pointer, indexing only the containers pointers go through.
 * Lines are counted only for the offsets a finding asks about (see LineCounter), so the passes
 * need not look at line breaks.
 */
class Locator {
  readonly lines: LineCounter;
  private root: Span | undefined;
  private readonly children = new Map<number, Children>();
  /**
   * Whether the text has no brace in a string, known once first needed: then an object's end
   * is found by hopping between braces alone.
   */
  private bracesOnlyInStructure: boolean | undefined;

  constructor(
    private readonly text: string,
    private readonly shape: Shape,
  ) {
    this.lines = new LineCounter(text);
  }

  /** The value at `pointer`, or its nearest existing ancestor (as the tree parser's locate does). */
  find(pointer: string): Span {
    this.root ??= this.span(skipWhitespace(this.text, 0), -1, -1);
    let node = this.root;
    for (const segment of splitPointer(pointer)) {
      const c = this.text.charCodeAt(node.start);
      if (c !== OPEN_BRACE && c !== OPEN_BRACKET) break;
      if (!this.children.has(node.start)) this.scan(node.start, LEVELS_PER_PASS);
      const children = this.children.get(node.start)!;
      const next =
        "keys" in children
          ? children.keys.get(segment)
          : isArrayIndex(segment)
            ? children.items[Number(segment)]
            : undefined;
      if (!next) break;
      node = next;
    }
    return node;
  }

  /** The span of the value at `start`, scanned `levels` deep. */
  private span(start: number, keyStart: number, keyEnd: number, levels = LEVELS_PER_PASS): Span {
    return { start, end: this.scan(start, levels), keyStart, keyEnd };
  }

  /** The end of the value at `pos`, indexing containers `levels` deep on the way. */
  private scan(pos: number, levels: number): number {
    const text = this.text;
    const c = text.charCodeAt(pos);
    if (c === QUOTE) return stringEnd(text, pos);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) return literalEnd(text, pos);
    if (levels === 0) return this.containerEnd(pos);

    const isObject = c === OPEN_BRACE;
    const keys = new Map<string, Span>();
    const items: Span[] = [];
    let i = skipWhitespace(text, pos + 1);
    if (text.charCodeAt(i) !== (isObject ? CLOSE_BRACE : CLOSE_BRACKET)) {
      for (;;) {
        if (isObject) {
          const keyStart = i;
          const keyEnd = stringEnd(text, i);
          i = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1); // past the colon
          const span = this.span(i, keyStart, keyEnd, levels - 1);
          keys.set(decodeKey(text, keyStart, keyEnd), span);
          i = span.end;
        } else {
          const span = this.span(i, -1, -1, levels - 1);
          items.push(span);
          i = span.end;
        }
        i = skipWhitespace(text, i);
        if (text.charCodeAt(i) !== COMMA) break;
        i = skipWhitespace(text, i + 1);
      }
    }
    this.children.set(pos, isObject ? { keys } : { items });
    return i + 1;
  }

  /**
   * The offset after the object or array that opens at `pos`, without indexing it. Only objects
   * are worth hopping over: the resources that fill a large file are objects, while its arrays
   * below the top levels are short lists, cheaper to read than the braces are to count.
   */
  private containerEnd(pos: number): number {
    const text = this.text;
    if (text.charCodeAt(pos) === OPEN_BRACE) {
      // Every brace of valid JSON not in a string opens or closes an object: equal counts mean none is in one.
      this.bracesOnlyInStructure ??= occurrences(text, "{") === this.shape.objects && occurrences(text, "}") === this.shape.objects;
      if (this.bracesOnlyInStructure) return objectEnd(text, pos);
    }
    return containerEndSkippingStrings(text, pos);
  }
}

/** Text offsets between which the line count is kept, once a position past them is asked for. */
const LINE_CHECKPOINT_SPACING = 1 << 12;

/**
 * Lines and columns of offsets in JSON text. Line breaks (CRLF counted once, a lone CR as a
 * break) occur only between tokens in JSON, so they are counted natively with indexOf. The count
 * is kept at evenly spaced checkpoints, filled in up to the furthest offset asked about: any
 * offset is then at most one spacing's count away, and no index of every line is kept.
 */
class LineCounter {
  private readonly hasCR: boolean;
  /** Line (1-based) and the offset its line starts at, for each checkpoint filled in so far. */
  private readonly checkpointLines = [1];
  private readonly checkpointLineStarts = [0];

  constructor(private readonly text: string) {
    this.hasCR = text.includes("\r");
  }

  position(offset: number): { line: number; column: number } {
    const checkpoint = Math.floor(offset / LINE_CHECKPOINT_SPACING);
    while (this.checkpointLines.length <= checkpoint) {
      const last = this.checkpointLines.length - 1;
      const next = this.advance(last * LINE_CHECKPOINT_SPACING, (last + 1) * LINE_CHECKPOINT_SPACING, this.checkpointLines[last]!, this.checkpointLineStarts[last]!);
      this.checkpointLines.push(next.line);
      this.checkpointLineStarts.push(next.lineStart);
    }
    const at = this.advance(checkpoint * LINE_CHECKPOINT_SPACING, offset, this.checkpointLines[checkpoint]!, this.checkpointLineStarts[checkpoint]!);
    return { line: at.line, column: offset - at.lineStart + 1 };
  }

  /** The line at `to`, and where it starts, from those at `from`. */
  private advance(from: number, to: number, line: number, lineStart: number): { line: number; lineStart: number } {
    const text = this.text;
    for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    if (!this.hasCR) return { line, lineStart };
    // A CRLF was counted at its LF, so once even when a checkpoint falls between the two.
    for (let i = text.indexOf("\r", from); i !== -1 && i < to; i = text.indexOf("\r", i + 1)) {
      if (text.charCodeAt(i + 1) === LF) continue;
      line++;
      lineStart = Math.max(lineStart, i + 1);
    }
    return { line, lineStart };
  }
}

/** Past spaces and line breaks. */
function skipWhitespace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 9 || c === LF || c === CR) pos++;
    else return pos;
  }
}

function occurrences(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/**
 * The offset after the object that opens at `pos`, when no string has a brace: arrays nest
 * properly within objects, so only braces need be looked at.
 */
function objectEnd(text: string, pos: number): number {
  let depth = 1;
  let nextOpen = text.indexOf("{", pos + 1);
  for (let close = text.indexOf("}", pos + 1); ; close = text.indexOf("}", close + 1)) {
    for (; nextOpen !== -1 && nextOpen < close; nextOpen = text.indexOf("{", nextOpen + 1)) depth++;
    if (--depth === 0) return close + 1;
  }
}

/** The offset after the object or array that opens at `pos`, looking at every character outside strings. */
function containerEndSkippingStrings(text: string, pos: number): number {
  const length = text.length;
  let depth = 0;
  let i = pos;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 32) i++; // indentation, the commonest character here
    else if (c === QUOTE) i = stringEnd(text, i);
    else {
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) break;
      i++;
    }
  }
  return Math.min(i + 1, length);
}

/** The offset after the string that opens at `pos`. */
function stringEnd(text: string, pos: number): number {
  for (let quote = text.indexOf('"', pos + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return text.length;
}

/** The offset after a number, true, false or null. */
function literalEnd(text: string, pos: number): number {
  let c = text.charCodeAt(pos);
  while (pos < text.length && c !== COMMA && c !== CLOSE_BRACE && c !== CLOSE_BRACKET && c !== 32 && c !== 10 && c !== 13 && c !== 9)
    c = text.charCodeAt(++pos);
  return pos;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes("\\") ? (JSON.parse(text.slice(start, end)) as string) : raw;
}
