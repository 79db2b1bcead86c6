/**
 * A monitor's `expected_codes`: a status code (`200`), a class (`2xx`), or a comma-separated
 * list of either (`200,301`, `2xx,302`).
 */
export type CodeItem = { kind: "code"; code: number } | { kind: "class"; digit: number };

export interface ExpectedCodes {
  items: CodeItem[];
  accepts(status: number): boolean;
}

export type ParsedCodes = { ok: true; value: ExpectedCodes } | { ok: false; message: string };

/** The API's default when `expected_codes` is absent. */
export const DEFAULT_EXPECTED_CODES = "200";

export function parseExpectedCodes(text: string): ParsedCodes {
  const items: CodeItem[] = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (/^[1-5][0-9]{2}$/.test(part)) items.push({ kind: "code", code: Number(part) });
    else if (/^[1-5]xx$/i.test(part)) items.push({ kind: "class", digit: Number(part[0]) });
    else
      return {
        ok: false,
        message: part === "" ? `"${text}" has an empty entry` : `"${part}" is not a status code (100-599) or a class (1xx-5xx)`,
      };
  }
  return {
    ok: true,
    value: {
      items,
      accepts: (status) =>
        items.some((i) => (i.kind === "code" ? i.code === status : Math.floor(status / 100) === i.digit)),
    },
  };
}
