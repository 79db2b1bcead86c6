import { describe, expect, it } from "vitest";
import { heredocClosingLine, lineStart } from "../../src/text/lines.js";

describe("lineStart", () => {
  it.each([
    ["a\nbc", 3, 2],
    ["a\r\nbc", 4, 3],
    ["a\rbc", 3, 2],
    ["abc", 2, 0],
    ["a\n\nb", 2, 2],
  ])("in %j, offset %i is on the line starting at %i", (text, offset, start) => {
    expect(lineStart(text, offset)).toBe(start);
  });
});

describe("heredocClosingLine", () => {
  it.each([
    ["ok\nEOT\n", { start: 3, end: 6 }],
    ["ok\r\n  EOT \r\nx", { start: 4, end: 11 }],
    ["EOTX\nEOT", { start: 5, end: 8 }],
    ["ok\nEOT x\n", undefined],
  ])("in %j: %o", (text, expected) => {
    expect(heredocClosingLine(text, 0, "EOT")).toEqual(expected);
  });
});
