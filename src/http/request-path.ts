/**
 * A monitor's `path` goes into the request line, `GET <path> HTTP/1.1`, as it is written.
 * There it must be in origin form: start with "/" and carry no raw whitespace, control or
 * non-ASCII characters, which must be percent-encoded.
 */

/** Cloudflare refuses request URIs longer than this (414). */
export const MAX_REQUEST_URI_BYTES = 32 * 1024;

const MUST_ENCODE = /[\s\x00-\x1f\x7f]|[^\x00-\x7f]/gu;

export interface PathProblem {
  message: string;
  /** The path as it should be written. */
  repaired: string;
}

/** What is wrong with `path` as a request target, or undefined. The empty path means "/". */
export function requestPathProblem(path: string): PathProblem | undefined {
  if (path === "") return undefined;
  const encoded = path.replace(MUST_ENCODE, percentEncode);
  const rooted = encoded.startsWith("/") ? encoded : `/${encoded}`;
  if (!path.startsWith("/")) return { message: `path "${path}" does not start with "/"`, repaired: rooted };
  const raw = path.match(MUST_ENCODE);
  if (!raw) return undefined;
  const shown = [...new Set(raw)].map(describeChar);
  return { message: `path "${path}" holds ${shown.join(", ")} unencoded`, repaired: rooted };
}

/** UTF-8 percent-encoding; unlike encodeURIComponent it does not throw on a lone surrogate. */
function percentEncode(c: string): string {
  return [...new TextEncoder().encode(c)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}

function describeChar(c: string): string {
  if (c === " ") return "a space";
  if (/[^\x00-\x7f]/u.test(c)) return `"${c}"`;
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Bytes of `text` in UTF-8, a lone surrogate counted as the 3 bytes of U+FFFD, as TextEncoder writes it. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
