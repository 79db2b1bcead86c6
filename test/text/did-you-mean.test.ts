import { describe, expect, it } from "vitest";
import { closest } from "../../src/text/did-you-mean.js";

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
