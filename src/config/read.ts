import { readFileSync } from "node:fs";
import { decodeText } from "../parse/encoding.js";
import { ConfigError, UnreadableFileError } from "./errors.js";

/** Why a read failed, in words, for the failures a file named on the command line meets. */
const READ_FAILURES: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
};

/**
 * The text of a file cflint reads for itself: the config file or a baseline (`what`), named
 * `shown` in messages. Bytes that are not UTF-8 text, such as the UTF-16 that Windows
 * PowerShell 5 writes with `>`, are named for what they are, not as a JSON syntax error.
 */
export function readOwnFile(path: string, shown: string, what: string): string {
  let bytes: Uint8Array;
  try {
    // Synchronous: node:fs/promises would load readline with it, a few milliseconds of every start.
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === undefined ? (error as Error).message : READ_FAILURES[code] ? `${READ_FAILURES[code]}, ${code}` : code;
    throw new UnreadableFileError(`${shown}: cannot read the ${what} (${why})`);
  }
  const decoded = decodeText(bytes);
  if ("text" in decoded) return decoded.text;
  const { line, column } = decoded.range;
  throw new ConfigError([`${shown}:${line}:${column}: ${decoded.reason}; save the ${what} as UTF-8`]);
}
