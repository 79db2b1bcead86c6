import { describe, expect, it } from "vitest";
import { lineStart } from "../../src/text/lines.js";

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
