import { readFileSync } from "node:fs";
import { decodeText } from "../parse/encoding.js";
import { ConfigError } from "./errors.js";

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
    throw new ConfigError([`${shown}: cannot read the ${what} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
  const decoded = decodeText(bytes);
  if ("text" in decoded) return decoded.text;
  const { line, column } = decoded.range;
  throw new ConfigError([`${shown}:${line}:${column}: ${decoded.reason}; save the ${what} as UTF-8`]);
}
