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
  const document = parseJson(body, { comments: /\.jsonc$/i.test(path) });
  return document.value === undefined ? withConflictMarker(document) : document;
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |\r?$)/m;

/** A text that does not parse because of an unresolved merge conflict: say so, at the first marker. */
function withConflictMarker(document: ParsedDocument): ParsedDocument {
  const first = document.problems[0];
  const marker = CONFLICT_MARKER.exec(document.text);
  if (!marker || first?.kind !== "syntax") return document;
  const range = new LineIndex(document.text).range(marker.index, marker.index + 7);
  if (range.line > first.range.line) return document;
  const message = `an unresolved git merge conflict (a ${marker[0].slice(0, 7)} marker): resolve the conflict and remove the markers`;
  return { ...document, problems: [{ kind: "syntax", message, range }, ...document.problems.slice(1)] };
}

/** A document left unread: one syntax problem at `offset`, and every pointer located there. */
function unreadDocument(text: string, message: string, offset: number): ParsedDocument {
  const range = new LineIndex(text).range(offset, offset + 1);
  return { text, value: undefined, problems: [{ kind: "syntax", message, range }], comments: [], locate: () => range };
}
