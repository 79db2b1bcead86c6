import { beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/index.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";

beforeAll(() => loadParsers(["main.tf"]));

const MAIN = `# Origins for the web pool
resource "cloudflare_load_balancer_pool" "web" {
  name        = "web"
  description = <<-EOT
    Line one, $\${not_an_expression}.
      Indented line.
  EOT
  notification_email = <<EOT
ops@example.com
EOT
  // the first origin
  origins = [{ name = "a\\"1\\u00e9", address = "192.0.2.1", weight = -0.5 }]
  enabled = true
  minimum_origins = null
  /* a block comment */
  load_shedding {
    default_percent = 10
  }
  check_regions = var.regions
}
`;

describe("HCL (.tf) read into Terraform's JSON syntax", () => {
  it("blocks, literals, heredocs and escapes become the JSON syntax's values", () => {
    const doc = parseDocument(MAIN, "main.tf");
    expect(doc.problems).toEqual([]);
    expect(doc.terraform).toBe(true);
    expect(doc.value).toEqual({
      resource: {
        cloudflare_load_balancer_pool: {
          web: {
            name: "web",
            // Escaped again ($${) as the JSON syntax writes a literal ${.
            description: "Line one, $${not_an_expression}.\n  Indented line.\n",
            notification_email: "ops@example.com\n",
            origins: [{ name: 'a"1é', address: "192.0.2.1", weight: -0.5 }],
            enabled: true,
            minimum_origins: null,
            load_shedding: [{ default_percent: 10 }],
            check_regions: "${var.regions}",
          },
        },
      },
    });
  });

  it("locates attributes, their names, object elements and blocks", () => {
    const doc = parseDocument(MAIN, "main.tf");
    const web = "/resource/cloudflare_load_balancer_pool/web";
    expect(doc.locate(`${web}/origins/0/weight`)).toEqual({ line: 12, column: 69, endLine: 12, endColumn: 73 });
    expect(doc.locate(`${web}/origins/0/weight`, "key")).toEqual({ line: 12, column: 60, endLine: 12, endColumn: 66 });
    expect(doc.locate(`${web}/enabled`, "key")).toEqual({ line: 13, column: 3, endLine: 13, endColumn: 10 });
    expect(doc.locate(`${web}/load_shedding/0/default_percent`)).toEqual({ line: 17, column: 23, endLine: 17, endColumn: 25 });
    expect(doc.locate(`${web}/load_shedding/0`, "key")).toMatchObject({ line: 16, column: 3, endColumn: 16 });
    // A pointer below a literal lands on the literal.
    expect(doc.locate(`${web}/name/deeper`)).toEqual({ line: 3, column: 17, endLine: 3, endColumn: 22 });
  });

  it("collects #, // and /* */ comments without their markers", () => {
    expect(parseDocument(MAIN, "main.tf").comments.map((c) => [c.text, c.range.line, c.range.column])).toEqual([
      ["Origins for the web pool", 1, 1],
      ["the first origin", 11, 3],
      ["a block comment", 15, 3],
    ]);
  });

  it("an unclosed block is a syntax error at its position", () => {
    const doc = parseDocument('resource "cloudflare_load_balancer_pool" "web" {\n  name = "web"\n', "main.tf");
    expect(doc.value).toBeUndefined();
    expect(doc.problems).toEqual([expect.objectContaining({ kind: "syntax", message: "the file ends before every block is closed" })]);
    expect(doc.problems[0]!.range.line).toBe(3);
    const extra = parseDocument('resource "x" "y" {\n}\n}\n', "main.tf");
    expect(extra.problems).toEqual([expect.objectContaining({ message: 'unexpected "}"', range: { line: 3, column: 1, endLine: 3, endColumn: 2 } })]);
  });

  it("line rules the grammar lets pass are syntax errors, as Terraform has them", () => {
    const syntaxError = (text: string) => {
      const doc = parseDocument(text, "main.tf");
      expect(doc.value).toBeUndefined();
      return doc.problems.map((p) => [p.kind, p.message, p.range.line, p.range.column, p.range.endColumn]);
    };
    // An argument with nothing after its "=" on the line: the grammar takes the next line's name as its value.
    expect(syntaxError('resource "x" "y" {\n  type =\n  port = 80\n}\n')).toEqual([
      ["syntax", `"type" has no value: an argument's expression must start on the line of its "="`, 2, 8, 9],
    ]);
    expect(syntaxError('resource "x" "y" {\n  type = \n}\n')).toEqual([
      ["syntax", `"type" has no value: an argument's expression must start on the line of its "="`, 2, 8, 9],
    ]);
    expect(syntaxError('resource "x" "y" {\n  type = # later\n    "http"\n}\n')).toEqual([
      ["syntax", `"type" has no value: an argument's expression must start on the line of its "="`, 2, 8, 9],
    ]);
    // Two arguments, or an argument and a block, on one line.
    expect(syntaxError('resource "x" "y" {\n  type = "http" port = 80\n}\n')).toEqual([
      ["syntax", "a second argument or block starts on the line of the one before; each must end its line", 2, 17, 26],
    ]);
    expect(syntaxError('resource "x" "y" {\n  port = 80 load_shedding {\n  }\n}\n')).toEqual([
      ["syntax", "a second argument or block starts on the line of the one before; each must end its line", 2, 13, 4],
    ]);
    // Blocks: the type, labels and "{" on one line; "{" ends it unless the whole block is one line of one argument.
    expect(syntaxError('resource "x"\n  "y" {\n}\n')).toEqual([["syntax", `a block's type, its labels and its "{" must be on one line`, 1, 1, 8]]);
    const oneLine = 'a block with content on the line of its "{" is a one-line block: it holds one argument, no block, and closes on that line';
    expect(syntaxError('resource "x" "y" { type = "http"\n  port = 80\n}\n')).toEqual([["syntax", oneLine, 1, 20, 33]]);
    expect(syntaxError('resource "x" "y" { lifecycle {} }\n')).toEqual([["syntax", oneLine, 1, 20, 32]]);
    expect(syntaxError('resource "x" "y" {\n  type = "http" }\n')).toEqual([
      ["syntax", 'the "}" closing a block of several lines must stand on a line of its own', 2, 17, 18],
    ]);
    // A quoted string's text on two lines; inside an interpolation a line break is allowed (below).
    expect(syntaxError('resource "x" "y" {\n  description = "two\nlines"\n}\n')).toEqual([
      ["syntax", 'a quoted string cannot span lines: write a line break as "\\n", or use a heredoc (<<EOT)', 2, 21, 21],
    ]);
    // Object elements on one line without a comma.
    expect(syntaxError('resource "x" "y" {\n  header = { Host = ["a"] Agent = ["b"] }\n}\n')).toEqual([
      ["syntax", "object elements are separated by a comma or a line break", 2, 27, 40],
    ]);
    // An argument or object element ends with its line unless the break is inside brackets, a string or a comment:
    // the grammar reads on into the next line (a stray line, an operator or a value moved down).
    const ended = (near: string) => `unexpected "${near}": an argument or object element ends with its line (a line break within one must be inside brackets)`;
    expect(syntaxError('resource "x" "y" {\n  timeout = 7\n  36384\n  interval = 60\n}\n')).toEqual([["syntax", ended("36384"), 3, 3, 8]]);
    expect(syntaxError('resource "x" "y" {\n  timeout = 7 # seconds\n  36384\n}\n')).toEqual([["syntax", ended("36384"), 3, 3, 8]]);
    expect(syntaxError('resource "x" "y" {\n  weight = 1\n    + 2\n}\n')).toEqual([["syntax", ended("+ 2"), 3, 5, 8]]);
    expect(syntaxError('resource "x" "y" {\n  type\n    = "http"\n}\n')).toEqual([["syntax", ended('= "http"'), 3, 5, 13]]);
    expect(syntaxError('resource "x" "y" {\n  origins = [{\n    name =\n      "a"\n  }]\n}\n')).toEqual([["syntax", ended('"a"'), 4, 7, 10]]);
    expect(syntaxError('resource "x" "y" {\n  dns = { name = var.a\n    ? "a" : "b" }\n}\n')).toEqual([["syntax", ended('? "a" : "b" }'), 3, 5, 18]]);
    // An argument set twice in one body; the first break in the text is the one reported.
    expect(syntaxError('resource "x" "y" {\n  type = "https"\n  port = 443\n  type = "http"\n}\nresource "x" "z" {\n  a = 1 b = 2\n}\n')).toEqual([
      ["syntax", 'argument "type" is set twice (first at 2:3); Terraform takes each argument once per block', 4, 3, 7],
    ]);
  });

  it("inside an argument the grammar cannot read, separators, \"=\" and brackets are checked on the text, as Terraform has them", () => {
    const syntaxError = (text: string) => parseDocument(text, "main.tf").problems.map((p) => [p.message, p.range.line, p.range.column, p.range.endColumn]);
    expect(syntaxError('resource "x" "y" {\n  default_pool_ids = [cloudflare_load_balan\ncer_pool.example.id]\n}\n')).toEqual([
      ['unexpected "cer_pool": list items are separated by commas', 3, 1, 9],
    ]);
    expect(syntaxError('locals {\n  origin = join("", ["tcp://", google_comp\nute_address.mc.address, ":25565"])\n}\n')).toEqual([
      ['unexpected "ute_address": list items are separated by commas', 3, 1, 12],
    ]);
    expect(syntaxError('locals {\n  all = distinct(concat(var.items\n_to_remove, var.list))\n}\n')).toEqual([
      [`unexpected "_to_remove": a function's arguments are separated by commas`, 3, 1, 11],
    ]);
    expect(syntaxError('resource "x" "y" {\n  name = "${var.a var.b}.example.com"\n}\n')).toEqual([
      ['unexpected "var": an interpolation holds one expression', 2, 19, 22],
    ]);
    // An object element without its "=", a closing bracket too many, text after a heredoc's marker, a string with no opening quote.
    expect(syntaxError('locals {\n  rules = [for r in var.rules : {\n    type = r\nule.type\n    key = r.key\n  }]\n}\n')).toEqual([
      ['unexpected "ule.type": an object element is a key, "=" and a value', 4, 1, 9],
    ]);
    expect(syntaxError('resource "x" "y" {\n  pool_ids = "00920f38ce07c2e2f4df50b1f61d4194"]\n}\n')).toEqual([
      [`unexpected "]": an argument's value is one expression, and the argument ends with it`, 2, 48, 49],
    ]);
    expect(syntaxError('resource "x" "y" {\n  content = <<-EOF  Hello from ${each.key}\n  EOF\n}\n')).toEqual([
      [`a heredoc's "<<-EOF" must end its line, with nothing after it`, 2, 13, 43],
    ]);
    expect(syntaxError('resource "x" "y" {\n  expected_body = alive"\n}\n')).toEqual([
      [`unexpected "\\"": an argument's value is one expression, and the argument ends with it`, 2, 24, 25],
    ]);
  });

  it("what HCL's line rules allow is read: one-line blocks, multi-line collections, calls, interpolations and heredocs", () => {
    const text = [
      'resource "x" "y" { name = "one-line" }',
      'resource "x" "z" {',
      "  lifecycle { create_before_destroy = true }",
      "  origins {",
      '    name = "a" # a comment',
      "  }",
      "  origins {",
      '    name = "b" /* a block comment */',
      "  }",
      "  check_regions = [",
      '    "WNAM",',
      '    "ENAM",',
      "  ]",
      "  header = {",
      '    Host = ["a.example.com"]',
      "  }",
      "  description = join(",
      '    ", ",',
      "    var.parts,",
      "  )",
      "  notification_email = var.email != null ? var.email : (",
      '    "ops@example.com"',
      "  )",
      '  name = "${',
      "    var.prefix",
      '  }-pool"',
      "  origin_steering = {",
      '    policy = "random", enabled = true',
      "  }",
      "  notes = <<-EOT",
      "    two",
      "    lines",
      "  EOT",
      "  weight = 1 /* a comment",
      "  over lines */ + 1",
      "  latitude = (1 +",
      "    2)",
      "  longitude = var.l[",
      "    0]",
      "  load_shedding = {",
      "    # a comment",
      '    default_policy = "random" # a comment',
      "    default_percent = [for p in var.p :",
      "      p]",
      "  }",
      "}",
      "",
    ].join("\r\n");
    const doc = parseDocument(text, "main.tf");
    expect(doc.problems).toEqual([]);
    expect(doc.value).toMatchObject({
      resource: {
        x: {
          y: { name: "one-line" },
          z: {
            lifecycle: [{ create_before_destroy: true }],
            origins: [{ name: "a" }, { name: "b" }],
            check_regions: ["WNAM", "ENAM"],
            header: { Host: ["a.example.com"] },
            origin_steering: { policy: "random", enabled: true },
            // Read from CRLF lines as from LF ones.
            notes: "two\nlines\n",
          },
        },
      },
    });
  });

  it("numbers with an exponent, which the grammar cannot read, are read as Terraform reads them", () => {
    const doc = parseDocument('resource "x" "y" {\n  weight = 5e-1\n  origins = [{ weight = 2E0 }, { weight = 1.5e+1 }]\n  note = "1e5 is text"\n}\n', "main.tf");
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ resource: { x: { y: { weight: 0.5, origins: [{ weight: 2 }, { weight: 15 }], note: "1e5 is text" } } } });
    expect(doc.locate("/resource/x/y/origins/1/weight")).toEqual({ line: 3, column: 43, endLine: 3, endColumn: 49 });
  });

  it("a $ or % just before an escaped $${ or %%{, which the grammar misreads, is read as Terraform reads it", () => {
    const doc = parseDocument('resource "x" "y" {\n  name = "a$$${"\n  note = "%%%{b"\n  tls = "off"\n}\n', "main.tf");
    expect(doc.problems).toEqual([]);
    // Literal text, written back in Terraform's JSON syntax ($${ for a literal ${).
    expect(doc.value).toEqual({ resource: { x: { y: { name: "a$$${", note: "%%%{b", tls: "off" } } } });
  });

  it("a function call as an object's value is an expression, not a syntax error", () => {
    const doc = parseDocument('resource "x" "y" {\n  dns = { name = format("%s.example.com", var.n), type = "CNAME" }\n  tls = "off"\n}\n', "main.tf");
    expect(doc.problems).toEqual([]);
    expect(doc.value).toEqual({ resource: { x: { y: { dns: '${{ name = format("%s.example.com", var.n), type = "CNAME" }}', tls: "off" } } } });
  });
});

describe("HCL through the engine", () => {
  it("a monitor's finding lands on the attribute's line; a parse error is core/parse-error", async () => {
    const tf = 'resource "cloudflare_load_balancer_monitor" "m" {\n  type    = "https"\n  timeout = 5\n}\n';
    const run = await lintText(tf, "monitors.tf");
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([["monitor/https-without-host", 2, 13, 20]]);
    const broken = await lintText('resource "cloudflare_load_balancer_monitor" "m" {\n', "broken.tf");
    expect(broken.results[0]!.findings.map((f) => [f.ruleId, f.code])).toEqual([["core/parse-error", "400"]]);
  });
});
