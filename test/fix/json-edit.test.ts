import { describe, expect, it } from "vitest";
import type { Edit } from "../../src/engine/rule.js";
import { applyTextEdits } from "../../src/fix/text-edit.js";
import { textEditFor } from "../../src/fix/text-edit.js";
import { parseDocument } from "../../src/parse/index.js";

/** The text after one fix made of `edits`, or undefined when the fix cannot be placed. */
function fixed(text: string, edits: Edit[], path = "f.jsonc"): string | undefined {
  const edit = textEditFor(path, parseDocument(text, path), edits);
  if (!edit) return undefined;
  const output = applyTextEdits(text, [edit]).output;
  // Every fix leaves a document that still parses.
  expect(parseDocument(output, path).problems).toEqual([]);
  return output;
}

const remove = (at: string): Edit => ({ op: "remove", at });

describe("edits of JSON text", () => {
  it("replaces a value and leaves comments, spacing and CRLF line endings alone", () => {
    const text = '{\r\n  // why\r\n  "port":   80, /* old */\r\n  "type": "https"\r\n}\r\n';
    expect(fixed(text, [{ op: "replace", at: "/port", value: 443 }])).toBe('{\r\n  // why\r\n  "port":   443, /* old */\r\n  "type": "https"\r\n}\r\n');
  });

  it("writes strings as JSON, escapes included", () => {
    expect(fixed('{"a": "x"}', [{ op: "replace", at: "/a", value: 'say "hi"\\' }], "f.json")).toBe('{"a": "say \\"hi\\"\\\\"}');
  });

  it("renames a key in place, keeping its value and position", () => {
    expect(fixed('{\n  "follow_redirect": true, // docs\n  "type": "http"\n}', [{ op: "rename", at: "/follow_redirect", key: "follow_redirects" }])).toBe(
      '{\n  "follow_redirects": true, // docs\n  "type": "http"\n}',
    );
  });

  it("does not rename onto a key that exists, nor edit a pointer that does not", () => {
    expect(fixed('{"a": 1, "b": 2}', [{ op: "rename", at: "/a", key: "b" }])).toBeUndefined();
    expect(fixed('{"a": 1}', [{ op: "replace", at: "/missing", value: 2 }])).toBeUndefined();
    expect(fixed('{"a": 1}', [remove("/a/deeper")])).toBeUndefined();
    expect(fixed('{"a": 1}', [remove("")])).toBeUndefined();
    // A repeated key (JSONC) puts the text out of the value's order: no guess is made.
    expect(fixed('{"a": 1, "b": 2, "a": 3}', [remove("/b")])).toBeUndefined();
  });

  describe("removes a member with its comma and its line", () => {
    const text = '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}\n';
    it("the first", () => expect(fixed(text, [remove("/a")])).toBe('{\n  "b": 2,\n  "c": 3\n}\n'));
    it("one in the middle", () => expect(fixed(text, [remove("/b")])).toBe('{\n  "a": 1,\n  "c": 3\n}\n'));
    it("the last, taking the comma before it", () => expect(fixed(text, [remove("/c")])).toBe('{\n  "a": 1,\n  "b": 2\n}\n'));
    it("the last two together", () => expect(fixed(text, [remove("/b"), remove("/c")])).toBe('{\n  "a": 1\n}\n'));
    it("two apart", () => expect(fixed(text, [remove("/a"), remove("/c")])).toBe('{\n  "b": 2\n}\n'));
    it("all of them", () => expect(fixed(text, [remove("/a"), remove("/b"), remove("/c")])).toBe("{\n}\n"));
    it("the only one", () => expect(fixed('{\n  "a": {"x": [1, 2]}\n}', [remove("/a")])).toBe("{\n}"));
  });

  it("removes members of an object on one line", () => {
    expect(fixed('{"a": 1, "b": 2, "c": 3}', [remove("/a")])).toBe('{"b": 2, "c": 3}');
    expect(fixed('{"a": 1, "b": 2, "c": 3}', [remove("/b")])).toBe('{"a": 1, "c": 3}');
    expect(fixed('{"a": 1, "b": 2, "c": 3}', [remove("/c")])).toBe('{"a": 1, "b": 2}');
  });

  it("removes array items", () => {
    expect(fixed('{"o": ["x", "y", "z"]}', [remove("/o/1")])).toBe('{"o": ["x", "z"]}');
    expect(fixed('{\n  "o": [\n    "x",\n    "y"\n  ]\n}', [remove("/o/1")])).toBe('{\n  "o": [\n    "x"\n  ]\n}');
  });

  it("keeps comments around what it removes, and a JSONC trailing comma", () => {
    expect(fixed('{\n  "a": 1, // about a\n  "b": 2\n}', [remove("/a")])).toBe('{\n  // about a\n  "b": 2\n}');
    expect(fixed('{\n  "a": 1,\n  // about b\n  "b": 2\n}', [remove("/b")])).toBe('{\n  "a": 1\n  // about b\n}');
    expect(fixed('{\r\n  "a": 1,\r\n  "b": 2,\r\n}\r\n', [remove("/b")])).toBe('{\r\n  "a": 1,\r\n}\r\n');
  });

  it("adds a property after the last, in the file's indentation and line endings", () => {
    expect(fixed('{\r\n    "type": "http" // plain\r\n}\r\n', [{ op: "add", at: "/follow_redirects", value: true }])).toBe(
      '{\r\n    "type": "http",\r\n    "follow_redirects": true // plain\r\n}\r\n',
    );
    expect(fixed('{"type": "http"}', [{ op: "add", at: "/header", value: { Host: ["a.example.com"] } }])).toBe(
      '{"type": "http", "header": {"Host":["a.example.com"]}}',
    );
    expect(fixed("{}", [{ op: "add", at: "/a", value: 1 }])).toBe('{"a": 1}');
    expect(fixed('{\n  "a": 1,\n}', [{ op: "add", at: "/b", value: 2 }])).toBe('{\n  "a": 1,\n  "b": 2,\n}');
    expect(fixed('{"a": 1}', [{ op: "add", at: "/a", value: 2 }])).toBeUndefined();
  });

  it("makes several edits as one fix, or none when they overlap", () => {
    const text = '{\n  "type": "https",\n  "port": 80\n}';
    expect(
      fixed(text, [
        { op: "replace", at: "/type", value: "http" },
        { op: "rename", at: "/port", key: "Port" },
      ]),
    ).toBe('{\n  "type": "http",\n  "Port": 80\n}');
    expect(
      fixed(text, [
        { op: "replace", at: "/port", value: 443 },
        { op: "remove", at: "/port" },
      ]),
    ).toBeUndefined();
  });

  it("edits literals only in Terraform's JSON syntax, writing strings in that syntax, and renames nothing there", () => {
    const edit = (text: string, edits: Edit[]) => textEditFor("m.tf.json", parseDocument(text, "m.tf.json"), edits);
    expect(edit('{"a": 1}', [{ op: "replace", at: "/a", value: 2 }])).toEqual({ range: [6, 7], text: "2" });
    expect(edit('{"a": "x"}', [{ op: "replace", at: "/a", value: "${b}" }])).toEqual({ range: [6, 9], text: '"$${b}"' });
    // An expression is fixed where it is defined, not replaced here.
    expect(edit('{"a": "${var.a}"}', [{ op: "replace", at: "/a", value: "x" }])).toBeUndefined();
    expect(edit('{"a": ["x", "${var.a}"]}', [{ op: "replace", at: "/a", value: ["x"] }])).toBeUndefined();
    expect(edit('{"a": 1}', [{ op: "rename", at: "/a", key: "b" }])).toBeUndefined();
  });
});

describe("applying text edits", () => {
  it("applies edits that do not overlap and leaves the rest for another pass", () => {
    const text = "abcdef";
    const { output, applied } = applyTextEdits(text, [
      { range: [4, 5], text: "E" },
      { range: [0, 2], text: "AB" },
      { range: [1, 3], text: "x" },
      // Touching the end of an applied edit counts as overlapping, as in ESLint.
      { range: [2, 2], text: "-" },
    ]);
    expect(output).toBe("ABcdEf");
    expect(applied.map((e) => e.text)).toEqual(["AB", "E"]);
  });
});
