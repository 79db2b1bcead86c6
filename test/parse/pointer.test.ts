import { describe, expect, it } from "vitest";
import { isArrayIndex } from "../../src/parse/pointer.js";

describe("isArrayIndex", () => {
  it.each([
    ["0", true],
    ["12", true],
    ["01", false],
    ["-1", false],
    ["1a", false],
    ["", false],
  ])("%j: %s", (segment, expected) => {
    expect(isArrayIndex(segment)).toBe(expected);
  });
});
