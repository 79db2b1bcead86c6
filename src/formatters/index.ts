import type { NeededFacts } from "../engine/lint.js";
import type { FileResult } from "../engine/finding.js";

export interface FormatInput {
  results: readonly FileResult[];
  cwd: string;
  neededFacts: NeededFacts;
  color: boolean;
}

export type Formatter = (input: FormatInput) => string;

export const FORMATS = ["stylish", "json"] as const;
export type FormatName = (typeof FORMATS)[number];

/** Loads only the formatter the run asked for. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).formatStylish;
    case "json":
      return (await import("./json.js")).formatJson;
  }
}

export function countSeverities(results: readonly FileResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === "error") errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}
