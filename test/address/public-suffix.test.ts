import { describe, expect, it } from "vitest";
import { nonPublicReason } from "../../src/address/public-suffix.js";

describe("nonPublicReason", () => {
  it.each([
    ["api.example.com"],
    ["shop.example.co.uk"],
    ["origin.github.io"],
    ["WWW.Example.COM."],
  ])("%s can be public", (name) => {
    expect(nonPublicReason(name)).toBeUndefined();
  });

  it.each([
    ["intranet", '"intranet" is a single-label name'],
    ["db.internal", '".internal" is not a public top-level domain'],
    ["printer.local", '".local" is not a public top-level domain'],
    ["nas.lan", '".lan" is not a public top-level domain'],
    ["app.corp", '".corp" is not a public top-level domain'],
    ["router.home.arpa", '".home.arpa" is reserved for private use'],
    ["co.uk", '"co.uk" is itself a public suffix'],
  ])("%s is not: %s", (name, reason) => {
    expect(nonPublicReason(name)).toBe(reason);
  });
});
