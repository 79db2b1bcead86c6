/** RFC 6901 JSON pointers. */

export function escapeSegment(segment: string | number): string {
  if (typeof segment !== "string") return String(segment);
  // Most segments are plain names: tested natively, and handed back without a copy.
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  // The segments first, then the base once: one string joined onto the base, as V8 keeps it
  // (not a chain of them per segment, which costs memory where pointers are kept).
  let path = "";
  for (let i = 0; i < segments.length; i++) path += "/" + escapeSegment(segments[i]!);
  return base + path;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  const segments = pointer.slice(1).split("/");
  if (!pointer.includes("~")) return segments;
  return segments.map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Whether a pointer segment names an array item: a decimal index without leading zeros (RFC 6901). */
export function isArrayIndex(segment: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(segment);
}

/** The pointer of what holds the value at `pointer` (the root's for a top-level one). */
export function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

/** The value at a pointer, or undefined where the pointer leads nowhere. */
export function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of splitPointer(pointer)) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
