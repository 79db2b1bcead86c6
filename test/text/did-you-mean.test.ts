import { describe, expect, it } from "vitest";
import { closest, isSwap } from "../../src/text/did-you-mean.js";

describe("closest", () => {
  it("by default, a third of the word's length may differ (at least two edits)", () => {
    expect(closest("chek", ["check", "rules"])).toBe("check");
    expect(closest("oirgins", ["origins"])).toBe("origins");
    expect(closest("xyz", ["check"])).toBeUndefined();
  });

  it("the caller may ask for a nearer one; case does not count", () => {
    expect(closest("oirgins", ["origins"], 1)).toBeUndefined();
    expect(closest("orgins", ["origins"], 1)).toBe("origins");
    expect(closest("Origins", ["origins"], 0)).toBe("origins");
  });
});

describe("isSwap", () => {
  it("is one swap of neighbouring letters, case aside", () => {
    expect(isSwap("consecutive_dwon", "consecutive_down")).toBe(true);
    expect(isSwap("Oirgins", "origins")).toBe(true);
    expect(isSwap("wieght", "weight")).toBe(true);
  });

  it("is not the same word, a swap of letters apart, two swaps or another length", () => {
    expect(isSwap("origins", "origins")).toBe(false);
    expect(isSwap("wgiehe", "weight")).toBe(false);
    expect(isSwap("dwon_cnosecutive", "down_consecutive")).toBe(false);
    expect(isSwap("orgins", "origins")).toBe(false);
  });
});
