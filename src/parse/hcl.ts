import { hclLanguage } from "codemirror-lang-hcl";
import type { Comment, ParsedDocument, Target } from "./document.js";
import { expressionFlaw, heredocMarkerFlaw } from "./hcl-expression.js";
import { escapeSegment, parentPointer } from "./pointer.js";
import { argumentSetTwice, escapeLiteral, resourceDeclaredTwice } from "./terraform-json-syntax.js";
import { LineIndex, type Range } from "./position.js";
import { isRecord } from "./value.js";

type Tree = ReturnType<typeof hclLanguage.parser.parse>;
type SyntaxNode = Tree["topNode"];

/**
 * Where a pointer's key and value sit in the text, as offsets: an argument's name and
 * expression, an object element's key and value, a tuple item (no key), or a block's type and
 * the whole block.
 */
interface Span {
  value: [number, number];
  key?: [number, number];
}

/**
 * Reads HCL (`.tf`) into the value Terraform's JSON syntax (`.tf.json`) would have, so one
 * reader serves both: blocks become objects (labelled) or arrays of bodies (unlabelled, as
 * repeated blocks are), literals become values, and every other expression becomes the
 * string `${<its source>}`, which is how the JSON syntax writes an expression. Literal strings
 * that contain `${` or `%{` are escaped as `$${` and `%%{`, as in the JSON syntax.
 */
export function parseHcl(text: string): ParsedDocument {
  const lines = new LineIndex(text);
  const tree = parseTree(text);
  const comments: Comment[] = [];
  let error: SyntaxNode | undefined;
  // The grammar lets the literal text of a quoted string run over lines; HCL does not. (Inside
  // an attribute it could not read, such text is the grammar's misreading, not the file's.)
  const brokenStrings: { node: SyntaxNode; attribute: SyntaxNode | null }[] = [];
  // Arguments and object elements, each of which ends with its line.
  const lineItems: SyntaxNode[] = [];
  const heredocs: SyntaxNode[] = [];
  // The grammar misreads some valid expressions (a function call as an object's value), so an
  // error inside an attribute makes only that attribute's value unknown; Terraform itself
  // checks expression syntax. An error in the structure of blocks is a syntax error. Keyed by
  // the attribute's start offset, with where its first error is.
  const unreadable = new Map<number, number>();
  tree.iterate({
    enter(ref) {
      if (ref.type.isError) {
        const attribute = attributeOf(ref.node);
        if (!attribute) error ??= ref.node;
        else if (!unreadable.has(attribute.from)) unreadable.set(attribute.from, ref.from);
      } else if (ref.name === "Attribute" || ref.name === "ObjectElem") {
        lineItems.push(ref.node);
      } else if (ref.name === "HeredocStart") {
        heredocs.push(ref.node);
      } else if (ref.name === "TemplateLiteral" && ref.node.parent?.firstChild?.name === "QuotedTemplateStart") {
        if (text.slice(ref.from, ref.to).includes("\n")) brokenStrings.push({ node: ref.node, attribute: attributeOf(ref.node) });
      } else if (ref.name === "LineComment" || ref.name === "BlockComment") {
        const raw = text.slice(ref.from, ref.to);
        const body = ref.name === "BlockComment" ? raw.slice(2, raw.endsWith("*/") ? -2 : undefined) : raw.replace(/^(#|\/\/)/, "");
        comments.push({ text: body.trim(), range: lines.range(ref.from, ref.to) });
      }
    },
  });
  if (error) {
    const end = Math.max(error.to, error.from + 1);
    const near = text.slice(error.from, end).split(/\r?\n/)[0]!.trim();
    const atEnd = error.from >= text.trimEnd().length;
    const message = near !== "" ? `unexpected "${near}"` : atEnd ? "the file ends before every block is closed" : "something is missing here";
    return syntaxError(text, comments, message, lines.range(Math.min(error.from, text.length), Math.min(end, text.length)));
  }

  // Where the grammar stumbled inside an argument, the text itself may show what Terraform refuses.
  for (const item of lineItems) {
    if (item.name !== "Attribute" || !unreadable.has(item.from)) continue;
    const assign = item.getChild("AssignOp");
    const flaw = assign && expressionFlaw(text, assign.to);
    if (flaw) return syntaxError(text, comments, flaw.message, lines.range(flaw.from, flaw.to));
  }

  // A heredoc's opening marker ends its line; the grammar reads on after it (the scan above does this for its arguments).
  for (const heredoc of heredocs) {
    const attribute = attributeOf(heredoc);
    const flaw = attribute && unreadable.has(attribute.from) ? undefined : heredocMarkerFlaw(text, heredoc.from);
    if (flaw) return syntaxError(text, comments, flaw.message, lines.range(flaw.from, flaw.to));
  }

  const brokenString = brokenStrings.find(({ attribute }) => !attribute || !unreadable.has(attribute.from))?.node;
  if (brokenString) {
    const at = text.indexOf("\n", brokenString.from);
    return syntaxError(text, comments, 'a quoted string cannot span lines: write a line break as "\\n", or use a heredoc (<<EOT)', lines.range(at, at));
  }

  const spans = new Map<string, Span>();
  const reader = new Reader(text, spans, unreadable, lines);
  const body = tree.topNode.getChild("Body");
  const value = body ? reader.body(body, "") : {};
  if (reader.syntaxError) return syntaxError(text, comments, reader.syntaxError.message, reader.syntaxError.range);
  for (const item of lineItems) {
    const stray = lineBreakIn(text, item, unreadable);
    if (stray === undefined) continue;
    const end = text.indexOf("\n", stray);
    const near = text.slice(stray, end === -1 ? undefined : end).trim();
    const message = `unexpected "${near}": an argument or object element ends with its line (a line break within one must be inside brackets)`;
    return syntaxError(text, comments, message, lines.range(stray, stray + near.length));
  }
  return {
    text,
    value,
    problems: [],
    comments,
    terraform: true,
    span(pointer: string, target: Target = "value") {
      const span = spans.get(pointer);
      const [start, end] = (target === "key" ? span?.key : span?.value) ?? [];
      return start === undefined || end === undefined ? undefined : { start, end };
    },
    locate(pointer: string, target: Target = "value"): Range {
      let at = pointer;
      let span = spans.get(at);
      while (!span && at !== "") {
        at = parentPointer(at);
        span = spans.get(at);
      }
      const [start, end] = (target === "key" && at === pointer ? span?.key : undefined) ?? span?.value ?? [0, 0];
      return lines.range(start, end);
    },
  };
}

/** The longest run of exponent literals (`1e5`, `2.5E-3`) one file is mended for; past it the rest read as errors. */
const MAX_EXPONENT_PASSES = 64;

/**
 * The grammar's tree of `text`, mended where the grammar misreads valid HCL by changing
 * characters of a copy in place, so offsets stay the text's and the reader, which reads the text
 * itself, sees what the file says. Its numbers have no exponent, so it reads `1e5` as the number
 * 1 and a name `e5`: each exponent the tree shows right after a number is overwritten with zeros
 * (`1005`, the same length) and the copy parsed again, until none is left.
 */
function parseTree(text: string): Tree {
  // The grammar also reads the `$` before an escaped `$${` (or `%` before `%%{`) as half of
  // the escape: that `$` becomes another literal character, so the escape is seen whole.
  let parsed = text.replace(/\$(?=\$\$\{)|%(?=%%\{)/g, "_");
  for (let pass = 0; ; pass++) {
    const tree = hclLanguage.parser.parse(parsed);
    if (pass === MAX_EXPONENT_PASSES) return tree;
    const exponents: [number, number][] = [];
    tree.iterate({
      enter(ref) {
        if (ref.name !== "NumericLit") return;
        const exponent = /^[eE][+-]?[0-9]+/.exec(parsed.slice(ref.to, ref.to + 32));
        if (exponent) exponents.push([ref.to, ref.to + exponent[0].length]);
      },
    });
    if (exponents.length === 0) return tree;
    for (const [from, to] of exponents) parsed = parsed.slice(0, from) + "0".repeat(to - from) + parsed.slice(to);
  }
}

/** The attribute a node lies in, if any. */
function attributeOf(node: SyntaxNode): SyntaxNode | null {
  let attribute: SyntaxNode | null = node;
  while (attribute && attribute.name !== "Attribute") attribute = attribute.parent;
  return attribute;
}

/**
 * Where text that HCL leaves out of an argument or object element (`item`) starts, when the
 * grammar, which ignores line breaks, read it into the item: after a line break that is not
 * inside brackets, a string, a heredoc or a comment of the item. Past an attribute's first error
 * the grammar's reading is a guess, so only the text before it is judged.
 */
function lineBreakIn(text: string, item: SyntaxNode, unreadable: ReadonlyMap<number, number>): number | undefined {
  const attribute = attributeOf(item);
  const error = attribute ? unreadable.get(attribute.from) : undefined;
  const last = Math.min(item.to - 1, error ?? Infinity);
  for (let br = text.indexOf("\n", item.from); br !== -1 && br < last; br = text.indexOf("\n", br + 1)) {
    if (isEnclosed(item, br)) continue;
    const next = br + 1 + text.slice(br + 1).search(/\S/);
    if (next > br && next <= last && !isComment(item.resolveInner(next, 1))) return next;
  }
  return undefined;
}

/** Nodes whose text may hold line breaks wherever it stands: strings, heredocs, templates, block comments. */
const MULTI_LINE = new Set(["TemplateExpr", "QuotedTemplate", "HeredocTemplate", "TemplateInterpolation", "TemplateLiteral", "StringLit", "BlockComment"]);
const OPENING = new Set(["(", "[", "{"]);
const CLOSING = new Set([")", "]", "}"]);

/** Whether offset `at` in an argument or object element lies inside brackets (or a string, heredoc or comment) of it. */
function isEnclosed(item: SyntaxNode, at: number): boolean {
  for (let node: SyntaxNode | null = item.resolveInner(at, 0); node && !sameNode(node, item); node = node.parent) {
    if (MULTI_LINE.has(node.name)) return true;
    let opened = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.from >= at) {
        // An opening bracket before `at` whose closing one comes after it, or never.
        if (opened && CLOSING.has(child.name)) return true;
      } else if (OPENING.has(child.name)) opened = true;
      else if (CLOSING.has(child.name)) opened = false;
    }
    if (opened) return true;
  }
  return false;
}

function sameNode(a: SyntaxNode, b: SyntaxNode): boolean {
  return a.from === b.from && a.to === b.to && a.name === b.name;
}

function isComment(node: SyntaxNode): boolean {
  return node.name === "LineComment" || node.name === "BlockComment" || node.name === "Comment";
}

/** A file Terraform would refuse: one syntax error, and no value. */
function syntaxError(text: string, comments: Comment[], message: string, range: Range): ParsedDocument {
  return { text, value: undefined, problems: [{ kind: "syntax", message, range }], comments, terraform: true, locate: () => range, span: () => undefined };
}

class Reader {
  /**
   * The first break of HCL's rules that the grammar does not enforce: an argument's expression
   * starts on the line of its "=" and ends its line, and a body sets each argument once.
   */
  syntaxError: { message: string; range: Range } | undefined;

  constructor(
    private readonly text: string,
    private readonly spans: Map<string, Span>,
    /** Attributes whose expressions did not parse, by start offset, with where the first error is. */
    private readonly unreadable: ReadonlyMap<number, number>,
    private readonly lines: LineIndex,
  ) {}

  /** An attribute the grammar could not read: where it ends is the grammar's guess, not the file's. */
  private endIsGuessed(item: SyntaxNode): boolean {
    return item.name === "Attribute" && this.unreadable.has(item.from);
  }

  private fail(from: number, to: number, message: string): void {
    this.syntaxError ??= { message, range: this.lines.range(from, to) };
  }

  private source(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  private mark(pointer: string, value: SyntaxNode, key?: SyntaxNode): void {
    this.spans.set(pointer, { value: [value.from, value.to], ...(key ? { key: [key.from, key.to] as [number, number] } : {}) });
  }

  /** Attributes by name; unlabelled blocks as arrays of bodies; labelled blocks nested by label. */
  body(node: SyntaxNode, pointer: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seenArguments = new Map<string, SyntaxNode>();
    let previous: SyntaxNode | undefined;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.name !== "Attribute" && child.name !== "Block") continue;
      if (previous && !this.endIsGuessed(previous) && !this.text.slice(previous.to, child.from).includes("\n")) {
        this.fail(child.from, child.to, "a second argument or block starts on the line of the one before; each must end its line");
      }
      previous = child;
      if (child.name === "Attribute") {
        const name = child.getChild("Identifier");
        if (!name) continue;
        const expression = child.getChild("Expression");
        const key = this.source(name);
        const assign = child.getChild("AssignOp");
        const afterAssign = assign ? this.text.slice(assign.to, expression?.from ?? child.to) : "";
        if (assign && (expression ? afterAssign.includes("\n") : !/\S/.test(afterAssign.split("\n")[0]!))) {
          this.fail(assign.from, assign.to, `"${key}" has no value: an argument's expression must start on the line of its "="`);
        }
        const earlier = seenArguments.get(key);
        if (earlier) {
          const at = this.lines.position(earlier.from);
          this.fail(name.from, name.to, argumentSetTwice(key, `${at.line}:${at.column}`));
        }
        seenArguments.set(key, name);
        const at = pointer + "/" + escapeSegment(key);
        this.mark(at, expression ?? child, name);
        const readable = expression && !this.unreadable.has(child.from);
        // Unreadable: the attribute's text from its expression on, as an expression.
        setOwn(out, key, readable ? this.expression(expression, at) : "${" + this.text.slice((expression ?? child).from, child.to) + "}");
      } else if (child.name === "Block") {
        this.block(child, out, pointer);
      }
    }
    return out;
  }

  private block(node: SyntaxNode, out: Record<string, unknown>, pointer: string): void {
    const typeNode = node.getChild("BlockType");
    if (!typeNode) return;
    const labels = node.getChildren("BlockLabel").map((label) => this.label(label));
    const inner = node.getChild("Body");
    this.checkBlockLines(node, inner);
    const type = this.source(typeNode);
    let at = pointer + "/" + escapeSegment(type);
    if (labels.length === 0) {
      const list = Array.isArray(out[type]) ? (out[type] as unknown[]) : [];
      setOwn(out, type, list);
      at += "/" + list.length;
      this.mark(at, node, typeNode);
      list.push(inner ? this.body(inner, at) : {});
      return;
    }
    // Labelled blocks nest by type, then by each label: resource "type" "name" -> resource.type.name.
    const existing = out[type];
    let holder = isRecord(existing) ? existing : (setOwn(out, type, {}) as Record<string, unknown>);
    for (const label of labels.slice(0, -1)) {
      const next = holder[label];
      holder = isRecord(next) ? next : (setOwn(holder, label, {}) as Record<string, unknown>);
      at += "/" + escapeSegment(label);
    }
    const last = labels[labels.length - 1]!;
    at += "/" + escapeSegment(last);
    // Only resources: the other blocks cflint reads nothing of.
    const earlier = pointer === "" && type === "resource" && labels.length === 2 && Object.hasOwn(holder, last) ? this.spans.get(at)?.key : undefined;
    if (earlier) {
      const first = this.lines.position(earlier[0]);
      this.fail(typeNode.from, typeNode.to, resourceDeclaredTwice(labels[0]!, last, `${first.line}:${first.column}`));
    }
    this.mark(at, node, typeNode);
    setOwn(holder, last, inner ? this.body(inner, at) : {});
  }

  /**
   * A block's type, labels and "{" share a line; its "{" ends that line, and its "}" stands on a
   * line of its own, unless the block is written on one line with at most one argument.
   */
  private checkBlockLines(node: SyntaxNode, inner: SyntaxNode | null): void {
    const open = node.getChild("{");
    const close = node.getChild("}");
    if (open && this.text.slice(node.from, open.from).includes("\n")) {
      this.fail(node.from, open.to, 'a block\'s type, its labels and its "{" must be on one line');
    }
    const items = inner ? [...inner.getChildren("Attribute"), ...inner.getChildren("Block")].sort((a, b) => a.from - b.from) : [];
    const first = items[0];
    const last = items.at(-1);
    if (!open || !close || !first || !last) return;
    if (!this.text.slice(open.to, first.from).includes("\n")) {
      if (items.length > 1 || first.name !== "Attribute" || this.text.slice(first.to, close.from).includes("\n")) {
        this.fail(first.from, first.to, 'a block with content on the line of its "{" is a one-line block: it holds one argument, no block, and closes on that line');
      }
    } else if (!this.endIsGuessed(last) && !this.text.slice(last.to, close.from).includes("\n")) {
      this.fail(close.from, close.to, 'the "}" closing a block of several lines must stand on a line of its own');
    }
  }

  private label(node: SyntaxNode): string {
    const literal = node.getChild("StringLit");
    return literal ? (this.literalString(literal) ?? this.source(node)) : this.source(node);
  }

  expression(node: SyntaxNode, pointer: string): unknown {
    const inner = node.firstChild;
    if (!inner) return this.unknown(node);
    switch (inner.name) {
      case "(":
        return inner.nextSibling?.name === "Expression" && !inner.nextSibling.nextSibling?.nextSibling
          ? this.expression(inner.nextSibling, pointer)
          : this.unknown(node);
      case "LiteralValue":
        return inner.nextSibling ? this.unknown(node) : this.literal(inner, node);
      case "TemplateExpr": {
        const literal = this.literalString(inner);
        return literal === undefined ? this.unknown(node) : escapeLiteral(literal);
      }
      case "CollectionValue":
        return this.collection(inner.firstChild, node, pointer);
      case "Operation": {
        // Negative numbers are a unary minus applied to a literal.
        const unary = inner.getChild("UnaryOperation");
        const operand = unary?.getChild("LiteralValue")?.getChild("NumericLit");
        if (unary && operand && this.source(unary).startsWith("-")) return -Number(this.source(operand));
        return this.unknown(node);
      }
      default:
        return this.unknown(node);
    }
  }

  private literal(node: SyntaxNode, expression: SyntaxNode): unknown {
    const child = node.firstChild;
    switch (child?.name) {
      case "NumericLit":
        return Number(this.source(child));
      case "BoolLit":
        return this.source(child) === "true";
      case "NullLit":
        return null;
      case "StringLit": {
        const literal = this.literalString(child);
        return literal === undefined ? this.unknown(expression) : escapeLiteral(literal);
      }
      default:
        return this.unknown(expression);
    }
  }

  private collection(node: SyntaxNode | null, expression: SyntaxNode, pointer: string): unknown {
    if (node?.name === "Tuple") {
      return node.getChildren("Expression").map((item, i) => {
        this.mark(`${pointer}/${i}`, item);
        return this.expression(item, `${pointer}/${i}`);
      });
    }
    if (node?.name === "Object") {
      this.checkObjectSeparators(node);
      const out: Record<string, unknown> = {};
      for (const element of node.getChildren("ObjectElem")) {
        const keyNode = element.getChild("ObjectKey");
        const valueNode = element.getChildren("Expression").at(-1);
        const key = keyNode ? this.objectKey(keyNode) : undefined;
        // A computed key makes the whole object's shape unknown.
        if (key === undefined || !keyNode || !valueNode) return this.unknown(expression);
        const at = pointer + "/" + escapeSegment(key);
        this.mark(at, valueNode, keyNode);
        setOwn(out, key, this.expression(valueNode, at));
      }
      return out;
    }
    return this.unknown(expression);
  }

  /**
   * An object's elements are separated by commas or line breaks, which the grammar does not
   * require. (A tuple's items without commas do not parse: that value is unknown.)
   */
  private checkObjectSeparators(node: SyntaxNode): void {
    const elements = node.getChildren("ObjectElem");
    for (let i = 1; i < elements.length; i++) {
      if (!/[,\n]/.test(this.text.slice(elements[i - 1]!.to, elements[i]!.from))) {
        this.fail(elements[i]!.from, elements[i]!.to, "object elements are separated by a comma or a line break");
        return;
      }
    }
  }

  private objectKey(node: SyntaxNode): string | undefined {
    const expression = node.getChild("Expression");
    const first = expression?.firstChild;
    if (first?.name === "VariableExpr" && !first.nextSibling) return this.source(first);
    if (first?.name === "LiteralValue") {
      const literal = first.firstChild;
      if (literal?.name === "StringLit") return this.literalString(literal);
    }
    if (first?.name === "TemplateExpr") return this.literalString(first);
    return undefined;
  }

  /** The text of a quoted string or heredoc without interpolations or directives; undefined otherwise. */
  private literalString(node: SyntaxNode): string | undefined {
    if (node.name === "TemplateExpr") return node.firstChild ? this.literalString(node.firstChild) : undefined;
    let out = "";
    let heredoc: { strip: boolean } | undefined;
    let closing: SyntaxNode | undefined;
    let opening: SyntaxNode | undefined;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      switch (child.name) {
        case "QuotedTemplateStart":
        case "QuotedTemplateEnd":
          break;
        case "HeredocStart":
          heredoc = { strip: this.source(child) === "<<-" };
          break;
        case "HeredocIdentifier":
          if (opening) closing = child;
          else opening = child;
          break;
        case "TemplateLiteral":
          out += heredoc ? this.source(child) : unescapeQuoted(this.source(child));
          break;
        default:
          return undefined;
      }
    }
    if (!heredoc) return out;
    if (!opening || !closing) return undefined;
    // The content runs from the line after the opening marker to the line break before the
    // closing one (whose node starts at that break), either of which can be a CRLF.
    const past = (offset: number) => offset + (this.text.startsWith("\r\n", offset) ? 2 : 1);
    const content = this.text.slice(past(opening.to), past(closing.from)).replace(/\r\n/g, "\n");
    const escaped = content.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
    return heredoc.strip ? stripIndent(escaped) : escaped;
  }

  private unknown(node: SyntaxNode): string {
    return "${" + this.source(node) + "}";
  }
}

/** Sets an own property, so that "__proto__" stays an ordinary key. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): unknown {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

/** Decodes a quoted HCL string's escapes: \n \r \t \" \\ \uNNNN \UNNNNNNNN, $${ and %%{. */
function unescapeQuoted(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (match: string, escape: string | undefined) => {
    if (match === "$${") return "${";
    if (match === "%%{") return "%{";
    if (escape && /^[uU]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    return ESCAPES[escape ?? ""] ?? match;
  });
}

/** `<<-` heredocs drop the indentation that every non-blank line shares. */
function stripIndent(content: string): string {
  const lines = content.split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join("\n");
}
