import { beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/index.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";

beforeAll(() => loadParsers(["f.yaml"]));

describe("YAML documents", () => {
  it("locates values and keys like the JSON reader, for block and flow styles", () => {
    const doc = parseDocument("a:\n  b: [10, x]\n  'c d': {e: true}\n", "f.yaml");
    expect(doc.value).toEqual({ a: { b: [10, "x"], "c d": { e: true } } });
    expect(doc.locate("/a/b/1")).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 12 });
    expect(doc.locate("/a/c d/e", "key")).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 12 });
    // A pointer that does not exist lands on its nearest ancestor.
    expect(doc.locate("/a/b/9")).toEqual({ line: 2, column: 6, endLine: 2, endColumn: 13 });
  });

  it("reads .yml the same way", () => {
    expect(parseDocument("type: https\n", "monitor.yml").value).toEqual({ type: "https" });
  });

  it("resolves anchors, aliases and merge keys; a path through an alias lands in the anchor", () => {
    const doc = parseDocument("base: &h\n  Host: [a.example.com]\nm:\n  header: *h\nn:\n  <<: *h\n  x: 1\n", "f.yaml");
    expect(doc.value).toEqual({ base: { Host: ["a.example.com"] }, m: { header: { Host: ["a.example.com"] } }, n: { Host: ["a.example.com"], x: 1 } });
    expect(doc.locate("/m/header")).toMatchObject({ line: 4, column: 11 });
    expect(doc.locate("/m/header/Host/0")).toMatchObject({ line: 2, column: 10 });
  });

  it("several documents: an array of them, with pointers /0, /1", () => {
    const doc = parseDocument("type: http\n---\n# second\nprotocol: tcp/22\n", "f.yaml");
    expect(doc.value).toEqual([{ type: "http" }, { protocol: "tcp/22" }]);
    expect(doc.documents).toEqual(["/0", "/1"]);
    expect(doc.locate("/1/protocol")).toEqual({ line: 4, column: 11, endLine: 4, endColumn: 17 });
  });

  it("collects comments without the #, not counting # inside strings", () => {
    const doc = parseDocument("# cflint-disable-next-line monitor/x -- why\ntype: 'a # b' # note\n", "f.yaml");
    expect(doc.comments).toEqual([
      { text: "cflint-disable-next-line monitor/x -- why", range: { line: 1, column: 1, endLine: 1, endColumn: 44 } },
      { text: "note", range: { line: 2, column: 15, endLine: 2, endColumn: 21 } },
    ]);
  });

  it("reports a syntax error at its position, without a value", () => {
    const doc = parseDocument("a: [1\nb: 2\n", "f.yaml");
    expect(doc.value).toBeUndefined();
    expect(doc.problems[0]).toMatchObject({ kind: "syntax", range: { line: 2 } });
  });

  it("a syntax error the parser places at the very end of the text is inside the text", () => {
    const doc = parseDocument(": \n&a ", "a.yaml");
    expect(doc.problems.map((p) => p.range)).toEqual([{ line: 2, column: 4, endLine: 2, endColumn: 4 }]);
  });

  it("a merge key given something other than maps is a syntax problem at what it was given; a quoted \"<<\" is a key", () => {
    const problem = (text: string) => parseDocument(text, "f.yaml").problems.map((p) => [p.kind, p.message, p.range]);
    const message = 'a merge key (<<) takes a map, an alias of one, or a list of those; write "<<" in quotes for a key of that name';
    expect(problem("pool:\n  weights:\n    <<: -1000000\n")).toEqual([["syntax", message, { line: 3, column: 9, endLine: 3, endColumn: 17 }]]);
    expect(problem("base: &b {a: 1}\nx:\n  <<: [*b, 5]\n")).toEqual([["syntax", message, { line: 3, column: 12, endLine: 3, endColumn: 13 }]]);
    expect(problem("list: &l [1]\nx:\n  <<: *l\n")).toEqual([["syntax", message, { line: 3, column: 7, endLine: 3, endColumn: 9 }]]);
    const quoted = parseDocument('weights:\n  "<<": -1000000\n', "f.yaml");
    expect(quoted.problems.filter((p) => p.kind === "syntax")).toEqual([]);
    expect(quoted.value).toEqual({ weights: { "<<": -1000000 } });
  });

  it("an alias bomb is a syntax problem, not a hang", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(9).fill(`*${"abcdefghi"[i - 1]}`).join(",")}]`);
    const doc = parseDocument(lines.join("\n"), "bomb.yaml");
    expect(doc.value).toBeUndefined();
    expect(doc.problems[0]?.kind).toBe("syntax");
  });

  it("an empty file or a comment alone is no document and no problem", () => {
    expect(parseDocument("", "f.yaml")).toMatchObject({ value: undefined, problems: [] });
    expect(parseDocument("# nothing yet\n", "f.yaml")).toMatchObject({ value: undefined, problems: [] });
  });
});

describe("YAML pitfalls through the engine", () => {
  it("duplicate keys: core/duplicate-key at the second key, the last one wins", async () => {
    const run = await lintText("type: tcp\nport: 22\nport: 2222\n", "m.yaml");
    expect(run.results[0]!.findings).toEqual([
      expect.objectContaining({ ruleId: "core/duplicate-key", line: 3, column: 1, message: 'duplicate key "port" (first at 2:1); the API keeps only the last one' }),
    ]);
  });

  it("YAML 1.1 boolean words inside a resource warn; quoted ones and ones outside do not", async () => {
    const text = 'protocol: tcp/22\ndns: {type: CNAME, name: ssh.example.com}\norigin_direct: ["tcp://192.0.2.1:22"]\ntraffic_type: direct\ntls: off\nproxy_protocol: "off"\n';
    const run = await lintText(text, "app.yaml");
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.code, f.line, f.column])).toEqual([["core/yaml-boolean-word", "400", 5, 6]]);
    const outside = await lintText("notes: yes\nitems: []\n", "other.yaml");
    expect(outside.results[0]!.findings.map((f) => f.ruleId)).toEqual(["core/unknown-kind"]);
  });

  it("a boolean word where the API wants a boolean is the schema's error alone: quoting it would not do", async () => {
    const text = "name: web\nenabled: yes\ndescription: on\norigins:\n  - name: a\n    address: 192.0.2.1\n";
    const run = await lintText(text, "pool.yaml");
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.code, f.line, f.column])).toEqual([
      ["pool/schema", "1002", 2, 10],
      // Near miss: a string field, where YAML 1.1 readers would send a boolean.
      ["core/yaml-boolean-word", "400", 3, 14],
    ]);
  });

  it("a value YAML types as a number where the API wants a string: the schema error and the reason", async () => {
    const run = await lintText("protocol: tcp/22\ndns:\n  type: CNAME\n  name: 1.10\norigin_direct: [tcp://192.0.2.1:22]\n", "app.yaml");
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.code, f.line, f.column, f.message])).toEqual([
      ["core/yaml-implicit-type", "400", 4, 9, 'YAML reads the unquoted `1.10` as the number 1.1, not a string; write it in quotes ("1.10")'],
      ["spectrum/schema", "400", 4, 9, "`dns.name` must be a string, got 1.1"],
    ]);
  });

  it("a wrong type where the API wants a number or a list is the schema's error alone: quoting would not help", async () => {
    const run = await lintText("name: web\norigins:\n  - name: a\n    address: 192.0.2.1\n    port: 0.5\ncheck_regions: 1\n", "pool.yaml");
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.line, f.message, f.fix === undefined])).toEqual([
      ["pool/schema", 5, "`origins[0].port` must be an integer, got 0.5", true],
      ["pool/schema", 6, "`check_regions` must be an array or null, got 1", true],
    ]);
  });

  it("a multi-document file: each document is its own object, bundle or array", async () => {
    const text = "type: https\n---\nmonitors:\n  - type: http\n    follow_redirects: true\n---\n";
    const run = await lintText(text, "many.yaml");
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.line, f.pointer])).toEqual([["monitor/https-without-host", 1, "/0/type"]]);
  });
});
