import { LineIndex, type Range } from "./position.js";

/** Bytes that cannot be read as JSON text: what is wrong, and where. */
export interface EncodingProblem {
  /** What is wrong with the bytes, without advice: each reader says what to do about it. */
  reason: string;
  range: Range;
}

// Kept, so that a UTF-8 byte order mark still counts as a column, as it did when files were read as strings.
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * A file's bytes as text, or why they are not UTF-8 JSON text: a UTF-16 or UTF-32 byte order
 * mark, a NUL byte (binary data, or UTF-16 without a mark), or bytes that are not UTF-8.
 * Never replaces bad bytes with U+FFFD: findings would then quote text the file does not hold.
 */
export function decodeText(bytes: Uint8Array): { text: string } | EncodingProblem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { reason: "the file is UTF-16 text (it starts with a UTF-16 byte order mark)", range: at(bytes, 0) };
  }
  const nul = bytes.indexOf(0);
  let invalid: number | undefined;
  try {
    const text = strict.decode(bytes);
    if (nul === -1) return { text };
  } catch {
    invalid = firstInvalidUtf8(bytes);
  }
  if (nul !== -1 && (invalid === undefined || nul < invalid)) {
    return { reason: "the file holds a NUL byte: it is binary, or UTF-16 text, not JSON", range: at(bytes, nul) };
  }
  const offset = invalid ?? 0;
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return { reason: `byte 0x${hex} is not valid UTF-8`, range: at(bytes, offset) };
}

/** The position of byte `offset`, counted like every other position (lines, UTF-16 columns). */
function at(bytes: Uint8Array, offset: number): Range {
  const before = lenient.decode(bytes.subarray(0, offset));
  return new LineIndex(before).range(before.length, before.length);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The sequence length, and the allowed range of its second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
