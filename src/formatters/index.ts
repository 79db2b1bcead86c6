import type { NeededFacts } from "../engine/lint.js";
import type { FileResult } from "../engine/finding.js";

export interface FormatInput {
  results: readonly FileResult[];
  cwd: string;
  neededFacts: NeededFacts;
  color: boolean;
}

export type Formatter = (input: FormatInput) => string;

export const FORMATS = ["stylish", "json", "sarif", "github", "junit"] as const;
export type FormatName = (typeof FORMATS)[number];

/** Loads only the formatter the run asked for. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).formatStylish;
    case "json":
      return (await import("./json.js")).formatJson;
    case "sarif":
      return (await import("./sarif.js")).formatSarif;
    case "github":
      return (await import("./github.js")).formatGithub;
    case "junit":
      return (await import("./junit.js")).formatJunit;
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

/** The line that says which checks stayed silent and which facts would settle them. */
export function describeNeededFacts({ checks, facts }: NeededFacts): string {
  return (
    `${checks} ${checks === 1 ? "check needs" : "checks need"} account facts: ` +
    `set ${facts.map((f) => `account.${f}`).join(", ")} in cflint.config.json`
  );
}
