import type { ParsedDocument } from "./document.js";
import { parseJson, type JsonOptions } from "./json.js";
import { LineIndex } from "./position.js";

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7})(?: |\r?$)/m;

/**
 * Parses JSON; when the text does not parse and a git conflict marker comes no later than the
 * first syntax error, that error is the conflict, and the message says so at the marker.
 */
export function parseJsonNamingConflicts(text: string, options: JsonOptions): ParsedDocument {
  const document = parseJson(text, options);
  const first = document.problems[0];
  if (document.value !== undefined || first?.kind !== "syntax") return document;
  const marker = CONFLICT_MARKER.exec(text);
  if (!marker) return document;
  const range = new LineIndex(text).range(marker.index, marker.index + 7);
  if (range.line > first.range.line) return document;
  const message = `an unresolved git merge conflict (a ${marker[0].slice(0, 7)} marker): resolve the conflict and remove the markers`;
  return { ...document, problems: [{ kind: "syntax", message, range }, ...document.problems.slice(1)] };
}
