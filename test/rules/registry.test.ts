import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { lookupCode } from "../../src/codes/index.js";
import type { AccountFacts } from "../../src/engine/account.js";
import { BUILTIN_RULES } from "../../src/engine/builtin-rules.js";
import { lintSources } from "../../src/engine/lint.js";
import { formatStylish } from "../../src/formatters/stylish.js";
import { allRules } from "../../src/engine/registry.js";
import { isProjectRule } from "../../src/engine/rule.js";
import { loadParsers } from "../../src/parse/index.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const ruleFiles = readdirSync(join(REPO, "rules"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(REPO, "rules", d.name))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `${d.name}/${f.replace(/\.ts$/, "")}`),
  );

describe("the rule registry", () => {
  it("registers every module under rules/, and each id is its path", () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it("lists rules by id in localeCompare's order, which allRules reaches by comparing code units", () => {
    const ids = allRules().map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9/-]+$/);
  });

  it("has unique ids", () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(allRules().map((r) => [r.id, r] as const))("%s predicts a code of the catalog", (_id, rule) => {
    expect(lookupCode(rule.predicts)?.code).toBe(rule.predicts);
  });
});

/** The page's sections, in order, and its first JSON example (a JSONC one is linted as a .jsonc file). */
function readPage(id: string) {
  const text = readFileSync(join(REPO, "docs/rules", `${id}.md`), "utf8");
  const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  const match =
    /## Example[\s\S]*?(?:```json cflint\.config\.json\n([\s\S]*?)```\s*)?```(jsonc?|yaml)\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/.exec(text);
  // A rule that needs account facts gives them in a ```json cflint.config.json block before the example.
  const account = match?.[1] === undefined ? {} : ((JSON.parse(match[1]) as { account?: AccountFacts }).account ?? {});
  return { text, headings, account, name: `example.${match?.[2] ?? "json"}`, example: match?.[3], output: match?.[4] };
}

describe("rule docs pages", () => {
  beforeAll(() => loadParsers(["example.yaml"]));

  it.each(allRules().map((r) => [r.id, r] as const))("%s has a page: title, code, Example, Why, How to fix", (id, rule) => {
    expect(existsSync(join(REPO, "docs/rules", `${id}.md`))).toBe(true);
    const { text, headings } = readPage(id);
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain(`Predicts **${rule.predicts}**`);
    expect(headings).toEqual(["Example", "Why", "How to fix"]);
  });

  // A page's example must do what the page says: the rule fires on it.
  const checked = RULES.filter((r) => !isProjectRule(r));
  const textOnly = new Set(["core/read-error", "core/rule-crashed"]);
  const withExample = [...BUILTIN_RULES.filter((r) => !textOnly.has(r.id)), ...checked];
  it.each(withExample.map((r) => [r.id] as const))("%s: the page's example fires the rule, with the output shown", (id) => {
    const { account, name, example, output } = readPage(id);
    expect(example, "the Example section needs a ```json (or ```yaml) block followed by a ```text block").toBeDefined();
    const run = lintSources([{ path: name, text: example! }], () => ({ account, rules: {} }));
    expect(run.results[0]!.findings.map((f) => f.ruleId)).toContain(id);
    const shown = formatStylish({ results: run.results, cwd: REPO, neededFacts: run.neededFacts, color: false });
    expect(output, "run `node scripts/doc-example-output.mjs <page>` and paste its output").toBe(
      `$ cflint check ${name}\n${shown.replace(/^\n/, "")}`,
    );
  });

  it("every page belongs to a rule", () => {
    const pages = readdirSync(join(REPO, "docs/rules"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".md"))
      .map((f) => f.replace(/\.md$/, ""));
    expect(pages.sort()).toEqual(allRules().map((r) => r.id).sort());
  });
});
