/**
 * Characters a message must not carry as they are: C0 and C1 controls and DEL (a line break
 * would split a finding across lines, an escape sequence would restyle the terminal) and the
 * bidirectional and line-separator marks that reorder or break displayed text.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * `text` with each unprintable character written as an escape (`\n`, `\u001b`), so that a
 * value quoted in a message shows the invisible character that is wrong with it.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
