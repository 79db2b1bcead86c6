import { parseTree, type Node } from "jsonc-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadParsers, parseDocument } from "../../src/parse/index.js";
import { locatorThroughRepeats } from "../../src/parse/terraform-json.js";

// What terraform 1.11 `validate` said of each shape is in the comments (checked by hand; CI has no terraform).

beforeAll(() => loadParsers(["x.tf"]));

const MONITOR = "cloudflare_load_balancer_monitor";

/** The text at a pointer's span, or undefined where there is none. */
function textAt(text: string, pointer: string, target?: "key" | "value"): string | undefined {
  const span = parseDocument(text, "r.tf.json").span(pointer, target);
  return span && text.slice(span.start, span.end);
}

describe("repeated keys in Terraform's JSON syntax", () => {
  // Valid: two monitors, a and b.
  const TWO_TYPES = `{"resource": {\n  "${MONITOR}": {"a": {"type": "http", "port": 80}},\n  "${MONITOR}": {"b": {"type": "tcp", "port": 22}}\n}}\n`;

  it("a repeated resource type key declares the resources of both, each found in its own occurrence", () => {
    const doc = parseDocument(TWO_TYPES, "r.tf.json");
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ resource: { [MONITOR]: { a: { type: "http", port: 80 }, b: { type: "tcp", port: 22 } } } });
    const [, second, third] = TWO_TYPES.split("\n");
    expect(doc.locate(`/resource/${MONITOR}/a/port`)).toEqual({ line: 2, column: second!.indexOf("80") + 1, endLine: 2, endColumn: second!.indexOf("80") + 3 });
    expect(doc.locate(`/resource/${MONITOR}/b/port`)).toEqual({ line: 3, column: third!.indexOf("22") + 1, endLine: 3, endColumn: third!.indexOf("22") + 3 });
    expect(textAt(TWO_TYPES, `/resource/${MONITOR}/a/type`)).toBe('"http"');
    expect(textAt(TWO_TYPES, `/resource/${MONITOR}/b/type`)).toBe('"tcp"');
    expect(textAt(TWO_TYPES, `/resource/${MONITOR}/b`, "key")).toBe('"b"');
    // Missing from both: the nearest ancestor in the occurrence that holds most of it.
    expect(doc.locate(`/resource/${MONITOR}/b/path`)).toEqual(doc.locate(`/resource/${MONITOR}/b`));
    expect(doc.span(`/resource/${MONITOR}/b/path`)).toBeUndefined();
  });

  it('a repeated "resource" key at the root is another set of resources', () => {
    const text = `{"resource": {"${MONITOR}": {"a": {"port": 1}}}, "variable": {"v": {}}, "resource": {"${MONITOR}": {"b": {"port": 2}}}}`;
    const doc = parseDocument(text, "r.tf.json");
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ resource: { [MONITOR]: { a: { port: 1 }, b: { port: 2 } } }, variable: { v: {} } });
    expect(textAt(text, `/resource/${MONITOR}/a/port`)).toBe("1");
    expect(textAt(text, `/resource/${MONITOR}/b/port`)).toBe("2");
  });

  it("a repeated key there may be an array of objects, as one may: every object's resources are read", () => {
    // Valid: monitors a, b and c (terraform validate asks only for the provider).
    const text = `{"resource": [{"${MONITOR}": {"a": {"port": 1}}}, {"${MONITOR}": [{"b": {"port": 2}}]}],\n"resource": {"${MONITOR}": {"c": {"port": 3}}}}`;
    const doc = parseDocument(text, "r.tf.json");
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ resource: { [MONITOR]: { a: { port: 1 }, b: { port: 2 }, c: { port: 3 } } } });
    expect(textAt(text, `/resource/${MONITOR}/a/port`)).toBe("1");
    expect(textAt(text, `/resource/${MONITOR}/b/port`)).toBe("2");
    expect(textAt(text, `/resource/${MONITOR}/c`, "key")).toBe('"c"');
    expect(doc.locate(`/resource/${MONITOR}/c/port`)).toMatchObject({ line: 2, column: text.indexOf("3") - text.indexOf("\n") });
    // Missing: the resource's own place; the array items are no pointer of the value.
    expect(doc.locate(`/resource/${MONITOR}/b/path`)).toEqual(doc.locate(`/resource/${MONITOR}/b`));
    expect(doc.span("/resource/0")).toBeUndefined();
  });

  it("a name declared in an array and again in an object is refused, not warned of as a nested block", () => {
    // Error: Duplicate resource "cloudflare_load_balancer_monitor" configuration / A cloudflare_load_balancer_monitor
    // resource named "m" was already declared at main.tf.json:1,58-59.
    const text = `{"resource": [{"${MONITOR}": {"m": {}}}], "resource": {"${MONITOR}": {"m": {}}}}`;
    const doc = parseDocument(text, "r.tf.json");
    expect(doc.value).toBeUndefined();
    expect(doc.problems.map((p) => [p.kind, p.message, p.range.column])).toEqual([
      ["syntax", `duplicate resource "${MONITOR}" configuration: a ${MONITOR} resource named "m" was already declared (first at 1:53); resource names must be unique per type in each module`, text.lastIndexOf('"m"') + 1],
    ]);
  });

  it("the same resource name twice is refused, at the second, naming the first", () => {
    // Error: Duplicate resource "cloudflare_load_balancer_monitor" configuration / A cloudflare_load_balancer_monitor
    // resource named "a" was already declared at r.tf.json:1,57-58. (Terraform points at the body's "{".)
    const text = `{"resource": {"${MONITOR}": {"a": {"port": 1}}, "${MONITOR}": {"a": {"port": 2}}, "${MONITOR}": {"a": {}}}}`;
    const doc = parseDocument(text, "r.tf.json");
    expect(doc.value).toBeUndefined();
    expect(doc.problems).toEqual([
      {
        kind: "syntax",
        message: `duplicate resource "${MONITOR}" configuration: a ${MONITOR} resource named "a" was already declared (first at 1:52); resource names must be unique per type in each module`,
        range: { line: 1, column: text.indexOf('"a"', 60) + 1, endLine: 1, endColumn: text.indexOf('"a"', 60) + 4 },
      },
    ]);
    expect(doc.span(`/resource/${MONITOR}/a`)).toBeUndefined();
  });

  it("an argument set twice is refused, as in an HCL file, the first in the text reported", () => {
    // Error: Duplicate argument / The argument "default" was already set at v.tf.json:1,21-35.
    const variable = parseDocument('{"variable": {"v": {"default": "x", "default": "y"}}}', "v.tf.json");
    expect(variable.value).toBeUndefined();
    expect(variable.problems.map((p) => [p.kind, p.message, p.range.column])).toEqual([
      ["syntax", 'argument "default" is set twice (first at 1:21); Terraform takes each argument once per block', 37],
    ]);
    const text = `{"resource": {"${MONITOR}": {"a": {\n  "port": 80, "path": "/", "header": {"Host": ["a"]},\n  "path": "/x", "port": 81}}}}`;
    expect(parseDocument(text, "r.tf.json").problems.map((p) => [p.message, p.range.line, p.range.column])).toEqual([
      ['argument "path" is set twice (first at 2:15); Terraform takes each argument once per block', 3, 3],
    ]);
    // A list of strings is an argument too, and an object beside a string is no block.
    expect(parseDocument(`{"resource": {"${MONITOR}": {"a": {"check_regions": ["WNAM"], "check_regions": ["ENAM"]}}}}`, "r.tf.json").value).toBeUndefined();
    expect(parseDocument('{"locals": {"a": {"b": 1}, "a": "x"}}', "l.tf.json").problems[0]!.kind).toBe("syntax");
  });

  it("a nested block written twice is several blocks to Terraform: a warning that only the last is checked", () => {
    const text = `{"resource": {"cloudflare_load_balancer_pool": {"p": {\n  "origins": {"name": "a", "address": "192.0.2.1"},\n  "origins": [{"name": "b", "address": "192.0.2.2"}]\n}}}}`;
    const doc = parseDocument(text, "p.tf.json");
    expect(doc.value).toEqual({ resource: { cloudflare_load_balancer_pool: { p: { origins: [{ name: "b", address: "192.0.2.2" }] } } } });
    expect(doc.problems).toEqual([
      {
        kind: "duplicate-key",
        message: '"origins" is repeated (first at 2:3): Terraform reads each one where "origins" is a nested block, and refuses the file otherwise; cflint checks only the last one',
        range: { line: 3, column: 3, endLine: 3, endColumn: 12 },
        pointer: "/resource/cloudflare_load_balancer_pool/p",
      },
    ]);
    // "origins" is in both occurrences: ambiguous, so located in the last and never edited.
    expect(doc.locate("/resource/cloudflare_load_balancer_pool/p/origins").line).toBe(3);
    expect(doc.span("/resource/cloudflare_load_balancer_pool/p/origins")).toBeUndefined();
    expect(textAt(text, "/resource/cloudflare_load_balancer_pool/p/origins/0/name")).toBe('"b"');
  });

  it("a block written twice outside the resources cflint checks is not cflint's to warn of", () => {
    // Two aws providers (valid to terraform), and a nested block of another provider's resource twice.
    const text = `{"provider": {"aws": {"region": "us-east-1"}, "aws": {"alias": "eu", "region": "eu-west-1"}},
"resource": {"aws_s3_bucket": {"b": {"website": {"index_document": "a"}, "website": {"error_document": "b"}}}}}`;
    expect(parseDocument(text, "providers.tf.json").problems).toEqual([]);
  });

  it("a plain .json file keeps JSON's reading: the last wins, and the API warning", () => {
    const text = '{"resource": {"a": 1}, "resource": {"b": 2}}';
    const doc = parseDocument(text, "r.json");
    expect(doc.value).toEqual({ resource: { b: 2 } });
    expect(doc.problems.map((p) => p.message)).toEqual(['duplicate key "resource" (first at 1:2); the API keeps only the last one']);
    expect(doc.span("/resource")).toEqual({ start: 35, end: 43 });
  });

  it("an HCL file declaring one resource twice is refused the same way", () => {
    const text = `resource "${MONITOR}" "a" {\n  port = 1\n}\n\nresource "${MONITOR}" "a" {\n  port = 2\n}\n`;
    const doc = parseDocument(text, "r.tf");
    expect(doc.value).toBeUndefined();
    expect(doc.problems.map((p) => [p.kind, p.message, p.range.line, p.range.column])).toEqual([
      ["syntax", `duplicate resource "${MONITOR}" configuration: a ${MONITOR} resource named "a" was already declared (first at 1:1); resource names must be unique per type in each module`, 5, 1],
    ]);
    // Other blocks may repeat their labels (provider aliases), and resources of other names are others.
    expect(parseDocument(`provider "cloudflare" {}\nprovider "cloudflare" {\n  alias = "b"\n}\nresource "${MONITOR}" "b" {}\nresource "${MONITOR}" "c" {}\n`, "p.tf").problems).toEqual([]);
  });

  it("locating reads each node's children once however many times a key repeats", () => {
    // Every pool under its own "resource" key: a walk through every occurrence per pointer reads
    // the children of all of them for each pointer, about count² reads.
    const count = 200;
    const pools = Array.from({ length: count }, (_, i) => `"resource": {"cloudflare_load_balancer_pool": {"p${i}": {"name": "p${i}", "origins": [{"address": "x"}]}}}`);
    const { root, nodes, reads } = counted(parseTree(`{${pools.join(",\n")}}`)!);
    const find = locatorThroughRepeats(root);
    for (let i = 0; i < count; i++) {
      const { node, exact } = find(`/resource/cloudflare_load_balancer_pool/p${i}/origins/0/address`);
      expect([node.value, exact]).toEqual(["x", true]);
      expect(find(`/resource/cloudflare_load_balancer_pool/p${i}/port`).exact).toBe(false);
    }
    expect(reads()).toBeLessThanOrEqual(nodes);
  });
});

/** The tree behind proxies that count the reads of a node's children; and how many nodes it has. */
function counted(tree: Node): { root: Node; nodes: number; reads: () => number } {
  let reads = 0;
  let nodes = 0;
  const wrap = (node: Node): Node => {
    nodes++;
    const children = node.children?.map(wrap);
    return new Proxy(node, {
      get: (target, key) => {
        if (key !== "children") return Reflect.get(target, key);
        reads++;
        return children;
      },
    });
  };
  return { root: wrap(tree), nodes, reads: () => reads };
}
