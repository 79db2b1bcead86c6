import { describe, expect, it } from "vitest";
import { parseExpectedCodes } from "../../src/http/expected-codes.js";

describe("parseExpectedCodes", () => {
  it("codes, classes and lists", () => {
    const parsed = parseExpectedCodes("200, 3xx,404");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.items).toEqual([
      { kind: "code", code: 200 },
      { kind: "class", digit: 3 },
      { kind: "code", code: 404 },
    ]);
    expect([200, 301, 399, 404, 201, 500].map(parsed.value.accepts)).toEqual([true, true, true, true, false, false]);
  });
  it("the class is case-insensitive", () => {
    expect(parseExpectedCodes("2XX")).toMatchObject({ ok: true });
  });
  it.each([
    ["", '"" has an empty entry'],
    ["200,", '"200," has an empty entry'],
    ["600", '"600" is not a status code (100-599) or a class (1xx-5xx)'],
    ["2x", '"2x" is not a status code (100-599) or a class (1xx-5xx)'],
  ])("%j is malformed", (text, message) => {
    expect(parseExpectedCodes(text)).toEqual({ ok: false, message });
  });
});
