import type { Node } from "jsonc-parser";
import type { ParseProblem } from "./document.js";
import type { LineIndex } from "./position.js";
import { escapeSegment, isArrayIndex, splitPointer } from "./pointer.js";
import { argumentSetTwice, resourceDeclaredTwice } from "./terraform-json-syntax.js";

/*
 * A repeated key in Terraform's JSON syntax is not JSON.parse's "the last one wins": HCL keeps
 * every property, in order. At the root each is another block of its type, and under
 * "resource" another set of resources of its type; Terraform refuses a resource name given
 * twice and an argument set twice, and reads a nested block written twice as two blocks.
 */

/**
 * Where an object stands: the root (keys are block types), `resource` (keys are resource
 * types), a resource type (keys are names), or any other body or value.
 */
type Level = "root" | "resource" | "names" | "body";

/** The levels whose repeated keys are more of the same blocks: their objects are read as one. */
const MERGED: ReadonlySet<Level> = new Set(["root", "resource"]);

function levelBelow(level: Level, key: string): Level {
  if (level === "root") return key === "resource" ? "resource" : "body";
  return level === "resource" ? "names" : "body";
}

/**
 * The value of a document in Terraform's JSON syntax, with the problems its repeated keys make.
 * What Terraform refuses is a syntax problem, reported alone, and the document has no value, as
 * for an HCL file Terraform would refuse.
 */
export function terraformValue(root: Node, lines: LineIndex): { value: unknown; problems: ParseProblem[] } {
  const reader = new Reader(lines);
  const value = reader.value(root, "", "root");
  return reader.refusal ? { value: undefined, problems: [reader.refusal] } : { value, problems: reader.warnings };
}

class Reader {
  /** The first (in the text) of what Terraform refuses, and its offset. */
  refusal: ParseProblem | undefined;
  private refusalAt = Infinity;
  readonly warnings: ParseProblem[] = [];

  constructor(private readonly lines: LineIndex) {}

  value(node: Node, pointer: string, level: Level): unknown {
    if (node.type === "object") return this.object([node], pointer, level);
    if (node.type === "array") return (node.children ?? []).map((child, i) => this.value(child, pointer + "/" + i, level));
    return node.value;
  }

  /** The object that `nodes`, the occurrences of one key (or one object), make together. */
  private object(nodes: Node[], pointer: string, level: Level): Record<string, unknown> {
    const byKey = new Map<string, Node[]>();
    for (const node of nodes) {
      for (const property of node.children ?? []) {
        if (property.children?.length !== 2) continue;
        const key = property.children[0]!.value as string;
        const properties = byKey.get(key);
        if (properties) properties.push(property);
        else byKey.set(key, [property]);
      }
    }
    const out: Record<string, unknown> = {};
    for (const [key, properties] of byKey) {
      const at = pointer + "/" + escapeSegment(key);
      const below = levelBelow(level, key);
      const values = properties.map((property) => property.children![1]!);
      let value: unknown;
      if (values.length > 1 && MERGED.has(level) && values.every((v) => v.type === "object")) {
        value = this.object(values, at, below);
      } else {
        if (values.length > 1) this.repeated(key, properties, pointer, level);
        value = this.value(values.at(-1)!, at, below);
      }
      // defineProperty keeps "__proto__" an ordinary key instead of a prototype change.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  /** Reports each later occurrence of a key, naming the first, as Terraform does. */
  private repeated(key: string, properties: Node[], pointer: string, level: Level): void {
    const firstKey = properties[0]!.children![0]!;
    const at = this.lines.position(firstKey.offset);
    const first = `${at.line}:${at.column}`;
    const blocks = properties.every((property) => isBlockLike(property.children![1]!));
    for (const property of properties.slice(1)) {
      const keyNode = property.children![0]!;
      const range = this.lines.range(keyNode.offset, keyNode.offset + keyNode.length);
      if (level === "names") {
        this.refuse(keyNode.offset, { kind: "syntax", message: resourceDeclaredTwice(splitPointer(pointer).at(-1)!, key, first), range });
      } else if (!blocks) {
        this.refuse(keyNode.offset, { kind: "syntax", message: argumentSetTwice(key, first), range });
      } else {
        // Without the provider's schema, which cflint does not have, a nested block (v4) and an
        // argument holding objects (v5) are written alike; and the pointers of findings name one
        // property of each object, so the blocks of the earlier properties cannot be told apart.
        const message = `"${key}" is repeated (first at ${first}): Terraform reads each one where "${key}" is a nested block, and refuses the file otherwise; cflint checks only the last one`;
        this.warnings.push({ kind: "duplicate-key", message, range, pointer });
      }
    }
  }

  private refuse(offset: number, problem: ParseProblem): void {
    if (offset >= this.refusalAt) return;
    this.refusal = problem;
    this.refusalAt = offset;
  }
}

/** What the JSON syntax may write blocks as: an object, or an array of objects. */
function isBlockLike(node: Node): boolean {
  return node.type === "object" || (node.type === "array" && (node.children ?? []).every((item) => item.type === "object"));
}

/**
 * The node at `pointer` (exact), or its nearest existing ancestor, through every occurrence of
 * a repeated key: the one that holds the rest of the pointer. Where several do, the pointer is
 * ambiguous: the last one is given, never as exact, so that nothing is edited there.
 */
export function findThroughRepeats(root: Node, pointer: string): { node: Node; exact: boolean } {
  const { node, exact } = walk(root, splitPointer(pointer), 0);
  return { node, exact };
}

function walk(node: Node, segments: string[], i: number): { node: Node; exact: boolean; depth: number } {
  if (i === segments.length) return { node, exact: true, depth: i };
  const segment = segments[i]!;
  let next: Node[] = [];
  if (node.type === "object") {
    next = (node.children ?? []).flatMap((p) => (p.children?.[0]?.value === segment && p.children[1] ? [p.children[1]] : []));
  } else if (node.type === "array" && isArrayIndex(segment)) {
    const item = node.children?.[Number(segment)];
    if (item) next = [item];
  }
  if (next.length === 0) return { node, exact: false, depth: i };
  if (next.length === 1) return walk(next[0]!, segments, i + 1);
  const found = next.map((child) => walk(child, segments, i + 1));
  const exact = found.filter((f) => f.exact);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return { ...exact.at(-1)!, exact: false };
  // None holds all of it: the one that holds most, the last of those.
  return found.reduce((best, f) => (f.depth >= best.depth ? f : best));
}
