import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";
import { escapeSegment } from "../../src/parse/pointer.js";
import { parseStrictJson } from "../../src/parse/strict-json.js";

/** Every pointer in a value, plus one that does not exist below each container. */
function pointersOf(value: unknown, pointer = ""): string[] {
  const out = [pointer];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push(...pointersOf(item, `${pointer}/${i}`)));
    out.push(`${pointer}/${value.length}`, `${pointer}/01`, `${pointer}/x`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) out.push(...pointersOf(item, `${pointer}/${escapeSegment(key)}`));
    out.push(`${pointer}/no such key/deeper`);
  }
  return out;
}

// Strict JSON takes the fast path (JSON.parse, positions looked up on demand); as JSONC the
// same text goes through the full tree. Both must give the same value and the same positions.
describe("strict JSON, parsed fast, agrees with the full tree", () => {
  it("on values, problems, and the position of every pointer, key and value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t", 1), fc.constantFrom("\n", "\r\n", "\r"), (value, indent, eol) => {
        const text = (JSON.stringify(value, null, indent) ?? "null").replace(/\n/g, eol);
        const fast = parseDocument(text, "f.json");
        const tree = parseDocument(text, "f.jsonc");
        expect(fast.problems).toEqual([]);
        expect(fast.value).toEqual(tree.value);
        for (const pointer of pointersOf(value)) {
          expect(fast.locate(pointer)).toEqual(tree.locate(pointer));
          expect(fast.locate(pointer, "key")).toEqual(tree.locate(pointer, "key"));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("on positions far into a large document, whatever its line breaks and strings", () => {
    const items = Array.from({ length: 4000 }, (_, i) => ({ name: `item-${i}`, tags: ["a", "b"], port: i }));
    // Braces and brackets in a string make the locator look at every character.
    const named = (name: string) => items.map((item, i) => (i === 2 ? { ...item, name } : item));
    for (const [eol, list] of [["\n", items], ["\r\n", items], ["\r", items], ["\n", named("}]{[")], ["\n", named("{")], ["\n", named("}")]] as const) {
      const text = JSON.stringify({ items: list }, null, 2).replace(/\n/g, eol);
      const fast = parseDocument(text, "f.json");
      const tree = parseDocument(text, "f.jsonc");
      for (const pointer of ["/items/3999/port", "/items/17/tags/1", "/items/2500", "/items/1234/name", ""]) {
        expect(fast.locate(pointer)).toEqual(tree.locate(pointer));
        expect(fast.locate(pointer, "key")).toEqual(tree.locate(pointer, "key"));
      }
    }
  });

  it("on escaped quotes and backslashes in keys and values", () => {
    const text = '{\n  "a\\"b": "x\\\\",\n  "c\\\\": ["\\"", "\\\\\\""],\n  "d/e~f": {"\\u0067": 1}\n}';
    const fast = parseDocument(text, "f.json");
    const tree = parseDocument(text, "f.jsonc");
    expect(fast.value).toEqual({ 'a"b': "x\\", "c\\": ['"', '\\"'], "d/e~f": { g: 1 } });
    for (const pointer of ["/a\"b", "/c\\/1", "/d~1e~0f/g", "/d~1e~0f/h"]) {
      expect(fast.locate(pointer)).toEqual(tree.locate(pointer));
      expect(fast.locate(pointer, "key")).toEqual(tree.locate(pointer, "key"));
    }
  });

  it("finds a repeated key however deep, even when escapes spell it differently", () => {
    const doc = parseDocument('{"a": [{"b": {"k": 1, "\\u006b": 2}}]}', "f.json");
    expect(doc.value).toEqual({ a: [{ b: { k: 2 } }] });
    expect(doc.problems).toMatchObject([{ kind: "duplicate-key", pointer: "/a/0/b", range: { line: 1, column: 23 } }]);
  });

  it("finds a repeated key whatever the whitespace before its colon, and whatever colons strings hold", () => {
    for (const text of ['{"a": 1, "a" : 2}', '{"a": 1,\n"a"\r\n\t:2}', '{"a": ":x", "a": 2}', '{"a": "\\":", "b": {"a": 1, "a": 2}}']) {
      expect(parseStrictJson(text)).toBeUndefined();
      expect(parseDocument(text, "f.json").problems).toMatchObject([{ kind: "duplicate-key" }]);
    }
  });

  it("finds a repeated key in any document, whatever its strings and whitespace", () => {
    const whitespace = fc.constantFrom("", " ", "\n", "\r\n", "\t", "  \n ");
    const text = fc.oneof(fc.string(), fc.constantFrom(":", '":', ' :', '\\":', "::1"));
    fc.assert(
      fc.property(fc.jsonValue(), text, fc.jsonValue(), fc.jsonValue(), whitespace, whitespace, (other, key, first, second, before, after) => {
        const member = (value: unknown) => `${JSON.stringify(key)}${before}:${after}${JSON.stringify(value)}`;
        const repeated = `{${member(first)},${after}${member(second)}}`;
        expect(parseStrictJson(`[${JSON.stringify(other)}, ${repeated}]`)).toBeUndefined();
        expect(parseStrictJson(`{${member(other)}, "nested": ${repeated}}`)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("takes the fast path for strings that hold a colon after a quote", () => {
    const text = '{"address": "::1", "body": " :", "quoted": "\\":x", ":key" : ":"}';
    const fast = parseStrictJson(text)!;
    expect(fast.value).toEqual({ address: "::1", body: " :", quoted: '":x', ":key": ":" });
    const tree = parseDocument(text, "f.jsonc");
    for (const pointer of ["/address", "/quoted", "/:key"]) expect(fast.locate(pointer, "key")).toEqual(tree.locate(pointer, "key"));
  });

  // parseDocument refuses such a document (test/hostile); the fast path itself must not overflow.
  it("parses a document nested 100,000 deep without overflowing the stack", () => {
    const doc = parseStrictJson("[".repeat(100_000) + "]".repeat(100_000))!;
    expect(doc.problems).toEqual([]);
    expect(doc.locate("")).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 200_001 });
  });
});
