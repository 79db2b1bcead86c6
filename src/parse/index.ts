import type { ParsedDocument } from "./document.js";
import { excessiveNesting, MAX_DEPTH } from "./depth.js";
import { parseJson } from "./json.js";
import { LineIndex } from "./position.js";

export type { ParsedDocument, ParseProblem, Target } from "./document.js";
export type { Range } from "./position.js";

/** The file extensions cflint reads, and how. */
export function isLintable(path: string): boolean {
  return /\.jsonc?$/i.test(path);
}

export function parseDocument(text: string, path: string): ParsedDocument {
  // A UTF-8 byte order mark is not JSON, but editors write it; read past it.
  const body = text.charCodeAt(0) === 0xfeff ? " " + text.slice(1) : text;
  const tooDeep = excessiveNesting(body);
  if (tooDeep !== undefined) return unreadDocument(text, `nested deeper than ${MAX_DEPTH} levels: cflint reads no deeper, and no Cloudflare object nests like this`, tooDeep);
  return parseJson(body, { comments: /\.jsonc$/i.test(path) });
}

/** A document left unread: one syntax problem at `offset`, and every pointer located there. */
function unreadDocument(text: string, message: string, offset: number): ParsedDocument {
  const range = new LineIndex(text).range(offset, offset + 1);
  return { text, value: undefined, problems: [{ kind: "syntax", message, range }], comments: [], locate: () => range };
}
