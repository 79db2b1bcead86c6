import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/parse/index.js";

describe("parseDocument", () => {
  it("locates values and keys with 1-based, end-exclusive ranges", () => {
    const doc = parseDocument('{\n  "a": {\n    "b": [10, "x"]\n  }\n}', "f.json");
    expect(doc.value).toEqual({ a: { b: [10, "x"] } });
    expect(doc.locate("/a/b/1")).toEqual({ line: 3, column: 15, endLine: 3, endColumn: 18 });
    expect(doc.locate("/a/b", "key")).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 8 });
  });

  it("gives exact offsets of keys and values for fixes, and none for what is not there", () => {
    const text = '{\r\n  "a": {"b": [10, "x"]} // c\r\n}';
    const doc = parseDocument(text, "f.jsonc");
    expect(doc.span("/a/b/1")).toEqual({ start: 21, end: 24 });
    expect(text.slice(21, 24)).toBe('"x"');
    expect(doc.span("/a/b", "key")).toEqual({ start: 11, end: 14 });
    expect(doc.span("")).toEqual({ start: 0, end: text.length });
    expect(doc.span("/a/missing")).toBeUndefined();
    expect(doc.span("/a/b/1", "key")).toBeUndefined();
    expect(doc.span("", "key")).toBeUndefined();
    expect(parseDocument("{", "f.json").span("")).toBeUndefined();
  });

  it("falls back to the nearest existing ancestor for a missing pointer", () => {
    const doc = parseDocument('{"a": {"b": 1}}', "f.json");
    expect(doc.locate("/a/missing/deeper")).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 15 });
  });

  it("unescapes pointer segments", () => {
    const doc = parseDocument('{"a/b": {"c~d": 1}}', "f.json");
    expect(doc.locate("/a~1b/c~0d")).toEqual({ line: 1, column: 17, endLine: 1, endColumn: 18 });
  });

  it("names a trailing comma, at the comma, where the parser sees a missing name or value", () => {
    const message = "a comma before a closing bracket is not allowed in JSON: remove it";
    const at = (text: string, path = "f.json") => parseDocument(text, path).problems;
    expect(at('{\n  "type": "https",\n}\n')).toEqual([{ kind: "syntax", message, range: { line: 2, column: 18, endLine: 2, endColumn: 19 } }]);
    expect(at("[1, 2 ,\t]")).toEqual([{ kind: "syntax", message, range: { line: 1, column: 7, endLine: 1, endColumn: 8 } }]);
    // Near misses: two commas, a comma alone, and JSONC, which allows trailing commas.
    expect(at('{"a": [1,,]}')[0]!.message).toBe("expected a value");
    expect(at("{,}")[0]!.message).not.toBe(message);
    expect(at('{"type": "https",}', "f.jsonc")).toEqual([]);
  });

  it("reports the first syntax error where it is", () => {
    const doc = parseDocument('{\n  "a": 1\n  "b": 2\n}', "f.json");
    expect(doc.value).toBeUndefined();
    expect(doc.problems).toEqual([
      { kind: "syntax", message: "expected ',' between elements", range: { line: 3, column: 3, endLine: 3, endColumn: 6 } },
    ]);
  });

  it("rejects comments in .json and accepts them, with trailing commas, in .jsonc", () => {
    const text = '{\n  // the storefront\n  "type": "http",\n}';
    expect(parseDocument(text, "m.json").problems[0]).toMatchObject({ kind: "syntax", range: { line: 2, column: 3 } });
    const jsonc = parseDocument(text, "m.jsonc");
    expect(jsonc.problems).toEqual([]);
    expect(jsonc.value).toEqual({ type: "http" });
  });

  it("collects comments in .jsonc, without their markers", () => {
    const doc = parseDocument('{\n  // cflint-disable-next-line monitor/x -- why\n  "a": 1 /* note */\n}', "f.jsonc");
    expect(doc.comments).toEqual([
      { text: "cflint-disable-next-line monitor/x -- why", range: { line: 2, column: 3, endLine: 2, endColumn: 47 } },
      { text: "note", range: { line: 3, column: 10, endLine: 3, endColumn: 20 } },
    ]);
    expect(parseDocument('{"a": 1}', "f.json").comments).toEqual([]);
  });

  it("reports an empty file", () => {
    expect(parseDocument("", "e.json").problems).toEqual([
      { kind: "syntax", message: "the file is empty", range: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
    ]);
  });

  it("warns on duplicate keys and keeps the last value, as the API does", () => {
    const doc = parseDocument('{\n  "port": 80,\n  "port": 443\n}', "f.json");
    expect(doc.value).toEqual({ port: 443 });
    expect(doc.problems).toEqual([
      {
        kind: "duplicate-key",
        message: 'duplicate key "port" (first at 2:3); the API keeps only the last one',
        range: { line: 3, column: 3, endLine: 3, endColumn: 9 },
        pointer: "",
      },
    ]);
    expect(doc.locate("/port")).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 14 });
  });

  it("counts CRLF line endings once and reads past a byte order mark", () => {
    const doc = parseDocument('\ufeff{\r\n  "a": 1\r\n}', "f.json");
    expect(doc.problems).toEqual([]);
    expect(doc.locate("/a")).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 9 });
  });

  it("keeps __proto__ an ordinary key", () => {
    const doc = parseDocument('{"__proto__": {"polluted": true}}', "f.json");
    const value = doc.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
