import type { ParsedDocument } from "./document.js";
import { LineIndex } from "./position.js";

/**
 * How deep cflint reads nested JSON. The parser and the later stages walk documents
 * recursively, and a hostile file nested 100,000 levels deep would overflow the stack; API
 * objects nest a handful of levels, so this bound only ever stops such files. 512 levels take
 * about a third of Node's default stack through every stage.
 */
export const MAX_DEPTH = 512;

/** The problem reported where a document nests deeper than cflint reads. */
export const TOO_DEEP = `nested deeper than ${MAX_DEPTH} levels: cflint reads no deeper, and no Cloudflare object nests like this`;

/**
 * The offset of the first `[` or `{` that opens a level deeper than `MAX_DEPTH`, or undefined.
 * Brackets inside strings and comments do not count; strings and line comments end at a line
 * break, as the parser ends them, so that no bracket the parser reads is skipped. One pass, no
 * recursion.
 */
export function excessiveNesting(text: string): number | undefined {
  // The opening bracket of each open level: a closing bracket of the other kind closes nothing
  // for the parser, which reports it and stays inside.
  const open = new Uint8Array(MAX_DEPTH);
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      // [ {
      if (depth === MAX_DEPTH) return i;
      open[depth++] = c;
    } else if (c === 0x5d || c === 0x7d) {
      // ] } close the level opened by [ or { (two code points below them)
      if (depth > 0 && open[depth - 1] === c - 2) depth--;
    } else if (c === 0x22) {
      // A string: skip to its closing quote, past escapes.
      for (i++; i < length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22 || s === 0x0a || s === 0x0d) break;
      }
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      // A line comment.
      while (i < length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      // A block comment.
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? length : end + 1;
    }
  }
  return undefined;
}

/** For text nested too deeply: a document left unread, with one syntax problem at the level past the bound. */
export function refuseDeepNesting(text: string): ParsedDocument | undefined {
  const offset = excessiveNesting(text);
  if (offset === undefined) return undefined;
  const range = new LineIndex(text).range(offset, offset + 1);
  return { text, value: undefined, problems: [{ kind: "syntax", message: TOO_DEEP, range }], comments: [], locate: () => range, span: () => undefined };
}
