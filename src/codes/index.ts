import { CATALOG, type CodeEntry } from "./catalog.js";

export type { CodeEntry };

const WIDTH = 100;
const LABEL_WIDTH = "HTTP status: ".length;

// Built on first lookup, not at import: most runs never look a code up.
let exact: Map<string, CodeEntry> | undefined;
let folded: Map<string, CodeEntry> | undefined;

function maps(): { exact: Map<string, CodeEntry>; folded: Map<string, CodeEntry> } {
  if (exact === undefined || folded === undefined) {
    exact = new Map(CATALOG.map((entry) => [entry.code, entry]));
    folded = new Map(CATALOG.map((entry) => [entry.code.toLowerCase(), entry]));
  }
  return { exact, folded };
}

/**
 * The catalog entry for a code. Falls back to a case-insensitive match because the casing of
 * failure reasons such as "Response code mismatch" in API payloads is not documented.
 */
export function lookupCode(code: string): CodeEntry | undefined {
  const { exact, folded } = maps();
  return exact.get(code) ?? folded.get(code.toLowerCase());
}

export function allCodes(): readonly CodeEntry[] {
  return CATALOG;
}

/** The text `cflint explain <code>` prints: a title line, then labelled fields wrapped at 100 columns. */
export function formatCode(entry: CodeEntry): string {
  const lines = [`${entry.code}  ${entry.title}`, ...field("Family:", entry.family)];
  if (entry.httpStatus !== undefined) lines.push(...field("HTTP status:", String(entry.httpStatus)));
  lines.push(...field("Cause:", entry.cause), ...field("Fix:", entry.fix), ...field("Docs:", entry.url));
  return lines.join("\n");
}

/** One labelled field, word-wrapped with a hanging indent; a word too long for a line gets its own. */
function field(label: string, text: string): string[] {
  const indent = " ".repeat(LABEL_WIDTH);
  const lines: string[] = [];
  let line = label.padEnd(LABEL_WIDTH);
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
