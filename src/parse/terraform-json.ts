import type { Node } from "jsonc-parser";
import type { ParseProblem } from "./document.js";
import type { LineIndex } from "./position.js";
import { escapeSegment, splitPointer } from "./pointer.js";
import { CHECKED_RESOURCE_TYPE, argumentSetTwice, resourceDeclaredTwice } from "./terraform-json-syntax.js";

/*
 * A repeated key in Terraform's JSON syntax is not JSON.parse's "the last one wins": HCL keeps
 * every property, in order. At the root each is another block of its type, and under
 * "resource" another set of resources of its type, whether each occurrence is an object or an
 * array of objects; Terraform refuses a resource name given twice and an argument set twice,
 * and reads a nested block written twice as two blocks.
 */

/**
 * Where an object stands: the root (keys are block types), `resource` (keys are resource
 * types), a resource type (keys are names), or any other body or value.
 */
type Level = "root" | "resource" | "names" | "body";

/** The levels whose repeated keys are more of the same blocks: all their objects are read as one. */
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
      if (merges(level, values)) {
        value = this.object(values.flatMap(blocksOf), at, below);
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
      } else if (IN_CHECKED_RESOURCE.test(pointer)) {
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

/**
 * A pointer inside a resource of the four types cflint checks (through the array forms too): what
 * is repeated elsewhere (another provider's blocks) is not cflint's to warn of.
 */
const IN_CHECKED_RESOURCE = new RegExp(`^(?:/\\d+)?/resource(?:/\\d+)?/${CHECKED_RESOURCE_TYPE}`);

/** What the JSON syntax may write blocks as: an object, or an array of objects. */
function isBlockLike(node: Node): boolean {
  return node.type === "object" || (node.type === "array" && (node.children ?? []).every((item) => item.type === "object"));
}

/** Whether the values of one key, in an object at `level`, are read as one object. */
function merges(level: Level, values: Node[]): boolean {
  return values.length > 1 && MERGED.has(level) && values.every(isBlockLike);
}

/** The objects a block-like value writes: itself, or an array's items. */
function blocksOf(node: Node): Node[] {
  return node.type === "object" ? [node] : (node.children ?? []);
}

/**
 * For one document: the node at a pointer (exact), or its nearest existing ancestor, through
 * every occurrence of a repeated key: the one that holds the rest of the pointer. Where several
 * do, the pointer is ambiguous: the last one is given, never as exact, so that nothing is edited
 * there. Each pointer costs its length: what a prefix reaches is indexed once per document.
 */
export function locatorThroughRepeats(root: Node): (pointer: string) => { node: Node; exact: boolean } {
  const top = new Reach([root], [root], "root");
  return (pointer) => {
    const segments = splitPointer(pointer);
    let reach = top;
    let depth = 0;
    for (; depth < segments.length; depth++) {
      const next = reach.below(segments[depth]!);
      if (!next) break;
      reach = next;
    }
    // None holds all of it: the nearest ancestor, in the last occurrence that holds most of it.
    return { node: reach.nodes.at(-1)!, exact: depth === segments.length && reach.nodes.length === 1 };
  };
}

/** What one pointer reaches through every occurrence of the repeated keys on its way. */
class Reach {
  private children: Map<string, Node[]> | undefined;
  private readonly reaches = new Map<string, Reach | undefined>();

  /**
   * `nodes`: the occurrences of the pointer's value, in the text's order; `parts`: what its
   * children are read from, the same nodes unless the reader merged them (then their objects).
   */
  constructor(
    readonly nodes: Node[],
    private readonly parts: Node[],
    private readonly level: Level,
  ) {}

  /** What the pointer one segment further reaches; undefined where no occurrence holds it. */
  below(segment: string): Reach | undefined {
    if (this.reaches.has(segment)) return this.reaches.get(segment);
    const nodes = (this.children ??= childrenByKey(this.parts)).get(segment);
    let reach: Reach | undefined;
    if (nodes) {
      // As the reader goes: by index into an array, keeping the level; by key into an object.
      const byKey = this.parts.at(-1)!.type !== "array";
      const level = byKey ? levelBelow(this.level, segment) : this.level;
      reach = new Reach(nodes, byKey && merges(this.level, nodes) ? nodes.flatMap(blocksOf) : nodes, level);
    }
    this.reaches.set(segment, reach);
    return reach;
  }
}

/** The children of `nodes` by key (an array's by index), each key's in the text's order. */
function childrenByKey(nodes: Node[]): Map<string, Node[]> {
  const byKey = new Map<string, Node[]>();
  const add = (key: string, child: Node) => {
    const children = byKey.get(key);
    if (children) children.push(child);
    else byKey.set(key, [child]);
  };
  for (const node of nodes) {
    if (node.type === "object") {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) add(key.value as string, value);
      }
    } else if (node.type === "array") {
      node.children?.forEach((item, i) => add(String(i), item));
    }
  }
  return byKey;
}
