import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from "jsonc-parser";
import type { Comment, ParsedDocument, ParseProblem, Span, Target } from "./document.js";
import { LineIndex, type Range } from "./position.js";
import { escapeSegment, isArrayIndex, splitPointer } from "./pointer.js";
import { locatorThroughRepeats, terraformValue } from "./terraform-json.js";

export interface JsonOptions {
  /** JSONC: comments and trailing commas are allowed. Plain JSON sent to the API allows neither. */
  comments: boolean;
  /** Terraform's JSON syntax (`.tf.json`), which reads repeated keys its own way (terraform-json). */
  terraform?: boolean;
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between elements",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: "unexpected content after the end of the document",
  InvalidCommentToken: "comments are not allowed in JSON (use a .jsonc file)",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string",
};

export function parseJson(text: string, options: JsonOptions): ParsedDocument {
  const lines = new LineIndex(text);
  if (text.trim() === "") {
    const problem: ParseProblem = { kind: "syntax", message: "the file is empty", range: lines.range(0, 0) };
    return { text, value: undefined, problems: [problem], comments: [], locate: () => problem.range, span: () => undefined };
  }
  // JSONC, or a text with a mistake (strict JSON is read by parseStrictJson first): a tree of
  // every node, to name the mistake and its place.
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    allowTrailingComma: options.comments,
    disallowComments: !options.comments,
    allowEmptyContent: false,
  });
  const problems: ParseProblem[] = [];

  // jsonc-parser recovers and reports every error; the first is the one that names what broke.
  const syntax = errors[0];
  if (syntax) {
    const code = printParseErrorCode(syntax.error);
    const at = Math.min(syntax.offset, text.length);
    const comma = code === "PropertyNameExpected" || code === "ValueExpected" ? trailingComma(text, at) : undefined;
    if (comma !== undefined) {
      problems.push({ kind: "syntax", message: "a comma before a closing bracket is not allowed in JSON: remove it", range: lines.range(comma, comma + 1) });
    } else {
      const range = lines.range(at, Math.min(at + Math.max(syntax.length, 1), text.length));
      problems.push({ kind: "syntax", message: `${MESSAGES[code] ?? code}`, range });
    }
  }
  const comments = options.comments ? scanComments(text, lines) : [];
  if (!root) return { text, value: undefined, problems, comments, locate: () => lines.range(0, 0), span: () => undefined };

  let value: unknown;
  if (options.terraform && !syntax) {
    const read = terraformValue(root, lines);
    value = read.value;
    problems.push(...read.problems);
  } else if (!syntax) value = toValue(root, "", problems, lines);
  const find = options.terraform ? locatorThroughRepeats(root) : (pointer: string) => findLast(root, pointer);
  return {
    text,
    value,
    problems,
    comments,
    locate(pointer: string, target: Target = "value"): Range {
      const { node } = find(pointer);
      const span = target === "key" && node.parent?.type === "property" ? node.parent.children![0]! : node;
      return lines.range(span.offset, span.offset + span.length);
    },
    span(pointer: string, target: Target = "value"): Span | undefined {
      const { node, exact } = find(pointer);
      // A text that did not parse is not edited: the recovered tree is a guess.
      if (!exact || syntax) return undefined;
      if (target === "value") return { start: node.offset, end: node.offset + node.length };
      const key = node.parent?.type === "property" ? node.parent.children![0]! : undefined;
      return key && { start: key.offset, end: key.offset + key.length };
    },
  };
}

/**
 * The offset of the comma before `at` when `at` closes an object or array (`{"a": 1,}`): what
 * the parser calls a missing name or value is a trailing comma, which JSON does not allow.
 */
function trailingComma(text: string, at: number): number | undefined {
  const close = text.charCodeAt(at);
  if (close !== 0x7d && close !== 0x5d) return undefined;
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === "," ? i : undefined;
}

function scanComments(text: string, lines: LineIndex): Comment[] {
  const comments: Comment[] = [];
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) continue;
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    const raw = text.slice(start, end);
    const body = kind === SyntaxKind.LineCommentTrivia ? raw.slice(2) : raw.slice(2, raw.endsWith("*/") ? -2 : undefined);
    comments.push({ text: body.trim(), range: lines.range(start, end) });
  }
  return comments;
}

/** Builds the value from the tree, reporting duplicate keys; the last duplicate wins, as in the API. */
function toValue(node: Node, pointer: string, problems: ParseProblem[], lines: LineIndex): unknown {
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const seen = new Map<string, Node>();
      for (const prop of node.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = keyNode.value as string;
        const earlier = seen.get(key);
        if (earlier) {
          const at = lines.position(earlier.offset);
          problems.push({
            kind: "duplicate-key",
            message: `duplicate key "${key}" (first at ${at.line}:${at.column}); the API keeps only the last one`,
            range: lines.range(keyNode.offset, keyNode.offset + keyNode.length),
            pointer,
          });
        }
        seen.set(key, keyNode);
        // defineProperty keeps "__proto__" an ordinary key instead of a prototype change.
        Object.defineProperty(out, key, {
          value: toValue(valueNode, pointer + "/" + escapeSegment(key), problems, lines),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case "array":
      return (node.children ?? []).map((child, i) => toValue(child, pointer + "/" + i, problems, lines));
    default:
      return node.value;
  }
}

/** The node at `pointer` (exact), or its nearest existing ancestor. For duplicate keys, the last one. */
function findLast(root: Node, pointer: string): { node: Node; exact: boolean } {
  let node = root;
  for (const segment of splitPointer(pointer)) {
    let next: Node | undefined;
    if (node.type === "object") {
      for (const prop of node.children ?? []) {
        if (prop.children?.[0]?.value === segment && prop.children[1]) next = prop.children[1];
      }
    } else if (node.type === "array" && isArrayIndex(segment)) {
      next = node.children?.[Number(segment)];
    }
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}
