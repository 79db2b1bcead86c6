import type { ParsedDocument } from "./document.js";
// JSON parsing that names an unresolved merge conflict where the text does not parse.
import { parseJsonNamingConflicts as parseJson } from "./conflict.js";
import { refuseDeepNesting } from "./depth.js";

export type { ParsedDocument, ParseProblem, Target } from "./document.js";
export type { Range } from "./position.js";

/** The file extensions cflint reads, and how. */
export function isLintable(path: string): boolean {
  return /\.jsonc?$/i.test(path);
}

export function parseDocument(text: string, path: string): ParsedDocument {
  const tooDeep = refuseDeepNesting(text);
  if (tooDeep) return tooDeep;
  // A UTF-8 byte order mark is not JSON, but editors write it; read past it.
  const body = text.charCodeAt(0) === 0xfeff ? " " + text.slice(1) : text;
  return parseJson(body, { comments: /\.jsonc$/i.test(path) });
}
