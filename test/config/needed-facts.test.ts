import { describe, expect, it } from "vitest";
import type { AccountFacts } from "../../src/engine/account.js";
import { lintSources } from "../../src/engine/lint.js";
import { defineProjectRule, defineRule } from "../../src/engine/rule.js";
import { formatJson } from "../../src/formatters/json.js";
import { formatStylish } from "../../src/formatters/stylish.js";

// Test rules that cannot decide without account facts.
const interval = defineRule({
  id: "monitor/test-interval",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1002",
  description: "test",
  check(monitor, ctx) {
    const plan = ctx.account.need("plan");
    if (plan === "free" && typeof monitor.interval === "number" && monitor.interval < 60)
      ctx.report({ at: "/interval", message: "below the plan's minimum" });
  },
});
const quota = defineProjectRule({
  id: "account/test-quota",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1006",
  description: "test",
  checkProject(project, ctx) {
    const limit = ctx.account.need("quotas.monitors");
    const monitors = project.of("monitor");
    if (limit !== undefined && monitors.length > limit) ctx.report({ resource: monitors[limit]!, message: "over quota" });
  },
});

const MONITORS = JSON.stringify({ monitors: [{ type: "tcp", port: 22, interval: 15 }, { type: "tcp", port: 22, interval: 30 }] }, null, 2);

function lint(account: AccountFacts) {
  const run = lintSources([{ path: "monitors.json", text: MONITORS }], () => ({ account, rules: {} }), [interval, quota]);
  return { run, stylish: formatStylish({ results: run.results, cwd: "/", neededFacts: run.neededFacts, color: false }) };
}

describe('the "checks need account facts" line', () => {
  it("counts each check that stayed silent, and names the facts", () => {
    const { run, stylish } = lint({});
    expect(run.results[0]!.findings).toEqual([]);
    expect(run.neededFacts).toEqual({ checks: 3, facts: ["plan", "quotas.monitors"] });
    expect(stylish).toBe("\n3 checks need account facts: set account.plan, account.quotas.monitors in cflint.config.json\n");
  });

  it("follows the summary of findings when there are some", () => {
    const { stylish } = lint({ plan: "free" });
    expect(stylish).toMatch(/✖ 2 problems \(2 errors, 0 warnings\)\n1 check needs account facts: set account\.quotas\.monitors in cflint\.config\.json\n$/);
  });

  it("disappears once the config gives the facts", () => {
    const { run, stylish } = lint({ plan: "free", quotas: { monitors: 1 } });
    expect(run.neededFacts).toEqual({ checks: 0, facts: [] });
    expect(stylish).not.toContain("account facts");
    expect(run.results[0]!.findings.map((f) => `${f.pointer} ${f.ruleId}`)).toEqual([
      "/monitors/0/interval monitor/test-interval",
      "/monitors/1 account/test-quota",
      "/monitors/1/interval monitor/test-interval",
    ]);
  });

  it("is not in --format json, which keeps ESLint's shape", () => {
    const { run } = lint({});
    expect(JSON.parse(formatJson({ results: run.results, cwd: "/", neededFacts: run.neededFacts, color: false }))).toEqual([
      { filePath: "/monitors.json", messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    ]);
  });
});
