import { resolve } from "node:path";
import { describeNeededFacts, type FormatInput } from "./index.js";
import { pathFromRoot, repoRoot } from "./paths.js";

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations
 * on the pull request's changed lines. Paths are relative to the repository root, as the
 * runner resolves them against the checkout.
 */
export function formatGithub({ results, cwd, neededFacts }: FormatInput): string {
  const root = repoRoot(cwd);
  let out = "";
  for (const result of results) {
    const file =
      pathFromRoot(root, cwd, result.filePath) ?? (result.filePath === "<stdin>" ? undefined : resolve(cwd, result.filePath));
    for (const f of result.findings) {
      const location: [string, string | number][] = file
        ? [["file", file], ["line", f.line], ["col", f.column], ["endLine", f.endLine], ["endColumn", f.endColumn]]
        : [];
      out += command(f.severity, [...location, ["title", `${f.ruleId} (${f.code})`]], f.message);
    }
  }
  if (neededFacts.checks > 0) out += command("notice", [["title", "cflint"]], describeNeededFacts(neededFacts));
  return out;
}

function command(name: string, properties: [string, string | number][], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name} ${props}::${escapeData(message)}\n`;
}

/** The escaping the runner undoes in a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values also must not contain the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
