// STUB: replaced by the schema work.
import type { Kind } from "../extract/index.js";
import type { Target } from "../parse/document.js";

export interface Violation {
  /** Pointer relative to the resource. */
  at: string;
  target: Target;
  message: string;
  /** A wrong type or shape: rules cannot safely read this resource. */
  structural: boolean;
}

export function validate(_kind: Kind, _value: unknown): Violation[] {
  return [];
}
