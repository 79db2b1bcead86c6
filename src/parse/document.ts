import type { Range } from "./position.js";

/** Whether a finding points at a property's key or at its value. */
export type Target = "key" | "value";

/**
 * A problem the parser itself found: a syntax error, a duplicate key, or (YAML) a plain scalar
 * whose type depends on the reader: a YAML 1.1 boolean word, or a value YAML typed as a
 * number, boolean or null. The YAML ones matter only where a resource's field is concerned.
 */
export interface ParseProblem {
  kind: "syntax" | "duplicate-key" | "yaml-boolean-word" | "yaml-implicit-type";
  message: string;
  range: Range;
  /** For duplicate keys, the pointer of the object holding them; for YAML scalars, the scalar's. */
  pointer?: string;
}

/** Offsets into the document's text, start inclusive and end exclusive (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

/** A comment in the text (JSONC, YAML), for inline suppressions. */
export interface Comment {
  /** The comment's content without its markers (line, block or hash), trimmed. */
  text: string;
  range: Range;
}

/** The outcome of parsing one file: its value, and a way back from pointers to positions. */
export interface ParsedDocument {
  text: string;
  /** The parsed value; undefined when the text did not parse. */
  value: unknown;
  problems: ParseProblem[];
  comments: Comment[];
  /** A file of several documents (YAML): `value` is an array of them, and these are their pointers. */
  documents?: string[];
  /** Terraform configuration (`.tf`, `.tf.json`): `value` is in Terraform's JSON syntax. */
  terraform?: boolean;
  /**
   * The range of the node at `pointer`; for a pointer that does not exist, the range of its
   * nearest existing ancestor, so every finding still lands on a real line.
   */
  locate(pointer: string, target?: Target): Range;
  /**
   * The offsets of the value (or with `target: "key"`, the key) at `pointer`, for fixes: exact,
   * so undefined when the pointer does not exist or has no key (the root, an array item). A
   * syntax whose text cflint cannot edit returns undefined always, and its findings carry no fix.
   */
  span(pointer: string, target?: Target): Span | undefined;
}
