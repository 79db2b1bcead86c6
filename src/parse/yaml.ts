import { CST, isAlias, isMap, isScalar, isSeq, Lexer, parseAllDocuments, Scalar, visit, type Document, type Node } from "yaml";
import { TOO_DEEP } from "./depth.js";
import type { Comment, ParsedDocument, ParseProblem, Span, Target } from "./document.js";
import { escapeSegment, isArrayIndex, splitPointer, valueAt } from "./pointer.js";
import { LineIndex, type Range } from "./position.js";

/** Plain scalars that YAML 1.1 readers (PyYAML, Ansible, older Go and Ruby libraries) turn into booleans. */
const YAML11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** Bounds the work an alias bomb ("billion laughs") can cause. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML 1.2 (the `yaml` package's core schema) with positions. A file with several
 * documents becomes an array of them, each at pointer `/<index>` and listed in `documents`.
 * Anchors, aliases and merge keys (`<<`) are resolved; for duplicate keys the last one wins.
 */
export function parseYaml(text: string): ParsedDocument {
  const lines = new LineIndex(text);
  const docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false, merge: true, logLevel: "error" });
  const comments = scanComments(text, lines);
  const problems: ParseProblem[] = [];

  const error = docs.flatMap((d) => d.errors)[0];
  if (error) {
    const [start, end] = error.pos;
    // Block nesting has no brackets for the depth check to count: the parser runs out of stack instead.
    const message = error.code === "RESOURCE_EXHAUSTION" ? TOO_DEEP : lowerFirst(error.message);
    // At least one character wide, but never past the text (an error at its end is at its end).
    const last = Math.min(Math.max(end, start + 1), text.length);
    problems.push({ kind: "syntax", message, range: lines.range(Math.min(start, last), last) });
    return { text, value: undefined, problems, comments, locate: () => problems[0]!.range, span: () => undefined };
  }
  if (docs.length === 0) return { text, value: undefined, problems, comments, locate: () => lines.range(0, 0), span: () => undefined };

  let values: unknown[];
  try {
    values = docs.map((d) => d.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown);
  } catch (failure) {
    // toJS throws on an alias expanded more often than MAX_ALIAS_COUNT allows, and on a merge
    // key (`<<`) given something other than maps, without saying where: that one can be found.
    const merged = docs.map(badMergeSource).find((node) => node?.range)?.range;
    const range = merged ? lines.range(merged[0], merged[0] + text.slice(merged[0], merged[1]).trimEnd().length) : lines.range(0, 0);
    const message = merged
      ? 'a merge key (<<) takes a map, an alias of one, or a list of those; write "<<" in quotes for a key of that name'
      : failure instanceof Error
        ? lowerFirst(failure.message)
        : String(failure);
    problems.push({ kind: "syntax", message, range });
    return { text, value: undefined, problems, comments, locate: () => range, span: () => undefined };
  }

  const multi = docs.length > 1;
  docs.forEach((doc, i) => {
    if (doc.contents) inspect(doc, doc.contents, multi ? `/${i}` : "", problems, lines);
  });
  const root = (pointer: string): { doc: Document; node: Node | null; rest: string[] } => {
    const segments = splitPointer(pointer);
    const index = multi ? Number(segments.shift()) : 0;
    const doc = docs[Number.isInteger(index) && index >= 0 && index < docs.length ? index : 0]!;
    return { doc, node: doc.contents, rest: segments };
  };

  return {
    text,
    value: multi ? values : values[0],
    problems,
    comments,
    ...(multi ? { documents: docs.map((_, i) => `/${i}`) } : {}),
    span(pointer: string, target: Target = "value"): Span | undefined {
      // Only a place the value has, reached without an alias: an edit there changes that place alone.
      if (valueAt(multi ? values : values[0], pointer) === undefined || (multi && pointer === "")) return undefined;
      const { doc, node, rest } = root(pointer);
      if (!node) return undefined;
      const found = find(doc, node, rest);
      const at = target === "key" ? found.key : found.node;
      // An explicit tag (`!!int 200`) lies outside the node's range and would outlive an edit of it.
      if (!found.exact || !at?.range || at.tag) return undefined;
      // Block values end after their last line break; the edit ends where the value's text does.
      const [start, end] = at.range;
      return { start, end: start + text.slice(start, end).trimEnd().length };
    },
    locate(pointer: string, target: Target = "value"): Range {
      const { doc, node, rest } = root(pointer);
      if (!node) return lines.range(doc.range?.[0] ?? 0, doc.range?.[1] ?? 0);
      const found = find(doc, node, rest);
      const span = target === "key" && found.key ? found.key : found.node;
      const [start, end] = span.range ?? [0, 0];
      return lines.range(start, end);
    },
  };
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** Comments from the token stream, which is the source text cut into pieces plus zero-width markers. */
function scanComments(text: string, lines: LineIndex): Comment[] {
  const comments: Comment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === "comment") {
      comments.push({ text: token.slice(1).trim(), range: lines.range(offset, offset + token.length) });
    }
    if (type !== "doc-mode" && type !== "flow-error-end" && type !== "scalar") offset += token.length;
  }
  return comments;
}

/**
 * Walks one document for what JSON cannot express but YAML hides: repeated keys, and plain
 * scalars whose type depends on the YAML version or on the reader's guess.
 */
function inspect(doc: Document, node: Node, pointer: string, problems: ParseProblem[], lines: LineIndex): void {
  if (isMap(node)) {
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = keyText(keyNode);
      if (key === undefined || !keyNode?.range) continue;
      const earlier = seen.get(key);
      if (earlier?.range) {
        const at = lines.position(earlier.range[0]);
        problems.push({
          kind: "duplicate-key",
          message: `duplicate key "${key}" (first at ${at.line}:${at.column}); the API keeps only the last one`,
          range: lines.range(keyNode.range[0], keyNode.range[1]),
          pointer,
        });
      }
      seen.set(key, keyNode);
      if (pair.value) inspect(doc, pair.value as Node, pointer + "/" + escapeSegment(key), problems, lines);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => inspect(doc, item as Node, `${pointer}/${i}`, problems, lines));
  } else if (isScalar(node) && node.type === Scalar.PLAIN && node.range && !node.tag) {
    // An explicit tag (`!!int 200`, `!!str yes`) says what the writer meant: nothing implicit to warn of.
    const source = typeof node.source === "string" ? node.source : String(node.value);
    const range = lines.range(node.range[0], node.range[1]);
    if (typeof node.value === "string" && YAML11_BOOLEANS.test(source)) {
      const meaning = /^(y|yes|on)$/i.test(source) ? "true" : "false";
      const message =
        `unquoted \`${source}\` is the string "${source}" to YAML 1.2 readers (cflint, yq) but the boolean ${meaning} ` +
        `to YAML 1.1 readers (PyYAML, Ansible); write "${source}" in quotes for the string or ${meaning} for the boolean`;
      problems.push({ kind: "yaml-boolean-word", message, range, pointer });
    } else if (typeof node.value !== "string") {
      const read = node.value === null ? "null" : `the ${typeof node.value} ${String(node.value)}`;
      const shown = source === "" ? "the empty value" : `the unquoted \`${source}\``;
      const message = `YAML reads ${shown} as ${read}, not a string; write it in quotes ("${source}")`;
      problems.push({ kind: "yaml-implicit-type", message, range, pointer });
    }
  }
}

/** What a merge key (`<<`) of the document is given when that is not a map, an alias of one, or a list of those. */
function badMergeSource(doc: Document): Node | undefined {
  const isMapSource = (node: unknown) => isMap(isAlias(node) ? node.resolve(doc) : node);
  let bad: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      // The parser gives a merge key the value Symbol(<<); a quoted "<<" is an ordinary key.
      if (!isScalar(pair.key) || typeof pair.key.value !== "symbol") return undefined;
      const value = pair.value as Node | null;
      const source = isAlias(value) ? value.resolve(doc) : value;
      const wrong = isSeq(source) ? (source.items.find((item) => !isMapSource(item)) as Node | undefined) : isMapSource(source) ? undefined : value;
      if (wrong === undefined) return undefined;
      // An item of a list written elsewhere (behind an alias) is shown by the alias.
      bad = (source === value && wrong) || value || (pair.key as Node);
      return visit.BREAK;
    },
  });
  return bad;
}

/** A map key as the value's object key: scalars by their text, `<<` merges and complex keys skipped. */
function keyText(node: Node | null): string | undefined {
  if (!isScalar(node) || typeof node.value === "symbol") return undefined;
  return String(node.value);
}

/** The node at the pointer's segments, or its nearest existing ancestor; for duplicate keys, the last. */
function find(doc: Document, start: Node, segments: string[]): { node: Node; key?: Node; exact: boolean } {
  let node = start;
  let key: Node | undefined;
  // Whether every segment was found without going through an alias (whose text is elsewhere).
  let exact = !isAlias(start);
  for (const segment of segments) {
    const resolved = isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
    if (!resolved) return { node, ...(key ? { key } : {}), exact: false };
    if (resolved !== node) exact = false;
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (isMap(resolved)) {
      for (const pair of resolved.items) {
        if (keyText(pair.key as Node | null) === segment && pair.value) {
          next = pair.value as Node;
          nextKey = pair.key as Node;
        }
      }
    } else if (isSeq(resolved) && isArrayIndex(segment)) {
      next = resolved.items[Number(segment)] as Node | undefined;
      nextKey = undefined;
    }
    if (!next) return { node, ...(key ? { key } : {}), exact: false };
    node = next;
    key = nextKey;
    if (isAlias(node)) exact = false;
  }
  return { node, ...(key ? { key } : {}), exact };
}
