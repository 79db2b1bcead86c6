import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../rules/index.js";
import type { AccountFacts } from "../../../src/engine/account.js";
import { lintSources } from "../../../src/engine/lint.js";
import { isProjectRule } from "../../../src/engine/rule.js";
import { formatStylish } from "../../../src/formatters/stylish.js";

// The registry test exempts cross-object rules from its example check, since an example may
// need several files. The pages of these folders show one bundle file, so they are held to it.
const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const FOLDERS = ["account/", "pool/", "load-balancer/"];
const rules = RULES.filter((r) => isProjectRule(r) && FOLDERS.some((f) => r.id.startsWith(f)));

describe("cross-object rule pages", () => {
  it("cover every cross-object rule of these folders", () => {
    expect(rules.length).toBeGreaterThanOrEqual(7);
  });

  it.each(rules.map((r) => [r.id] as const))("%s: the page's example fires the rule, with the output shown", (id) => {
    const text = readFileSync(join(REPO, "docs/rules", `${id}.md`), "utf8");
    const match = /## Example[\s\S]*?```json\n([\s\S]*?)```\s*```text\n([\s\S]*?)```/.exec(text);
    expect(match, "the Example section needs a ```json block followed by a ```text block").not.toBeNull();
    const config = /## Example[\s\S]*?```json cflint\.config\.json\n([\s\S]*?)```/.exec(text)?.[1];
    const account = config === undefined ? {} : ((JSON.parse(config) as { account?: AccountFacts }).account ?? {});
    const run = lintSources([{ path: "example.json", text: match![1]! }], () => ({ account, rules: {} }));
    expect(run.results[0]!.findings.map((f) => f.ruleId)).toContain(id);
    const shown = formatStylish({ results: run.results, cwd: REPO, neededFacts: run.neededFacts, color: false });
    expect(match![2]).toBe(`$ cflint check example.json\n${shown.replace(/^\n/, "")}`);
  });
});
