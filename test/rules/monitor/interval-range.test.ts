import rule from "../../../rules/monitor/interval-range.js";
import { runRule, testRule } from "../../rule-tester.js";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../../src/engine/lint.js";

testRule(rule, {
  valid: [
    { name: "the default", code: { type: "http", interval: 60 } },
    { name: "the ceiling", code: { type: "http", interval: 3600 } },
    { name: "10 without a plan: only the plan can tell", code: { type: "http", interval: 10 } },
    { name: "10 on Enterprise", code: { type: "http", interval: 10 }, account: { plan: "enterprise" } },
    { name: "15 on Pro: the lower of the documented minimums", code: { type: "http", interval: 15 }, account: { plan: "pro" } },
  ],
  invalid: [
    {
      name: "above 3600 on every plan",
      code: '{\n  "type": "https",\n  "interval": 7200\n}',
      errors: [
        {
          line: 3,
          column: 15,
          endColumn: 19,
          pointer: "/interval",
          message: "interval is not in range [10, 3600]: got 7200. Set it to at most 3600",
        },
      ],
    },
    {
      name: "below every plan's minimum, in an envelope",
      code: { success: true, result: { type: "tcp", port: 22, interval: 5 } },
      errors: [{ pointer: "/result/interval", message: "interval is not in range [10, 3600]: got 5, below every plan's minimum. Set it to at least 10" }],
    },
    {
      name: "below the self-serve minimum when the plan is known, in a bundle",
      code: { monitors: [{ type: "http", interval: 10 }] },
      account: { plan: "business" },
      errors: [{ pointer: "/monitors/0/interval", message: "interval is not in range [15, 3600] on the business plan: got 10. Set it to at least 15" }],
    },
    {
      // Limits table: "Non-Enterprise 15s (min)". Repairing to 10 would be refused in turn.
      name: "below every plan's minimum on a known self-serve plan: the plan's minimum is the repair",
      code: '{"type": "http", "interval": 5}',
      account: { plan: "pro" },
      errors: [
        {
          pointer: "/interval",
          message: "interval is not in range [15, 3600] on the pro plan: got 5, below every plan's minimum. Set it to at least 15",
          suggestions: [{ desc: 'set "interval" to 15', output: '{"type": "http", "interval": 15}' }],
        },
      ],
    },
    {
      name: "above 3600 on a known self-serve plan: the plan's range",
      code: { type: "http", interval: 7200 },
      account: { plan: "free" },
      errors: [{ pointer: "/interval", message: "interval is not in range [15, 3600] on the free plan: got 7200. Set it to at most 3600" }],
    },
    {
      name: "below every plan's minimum on Enterprise",
      code: { type: "http", interval: 5 },
      account: { plan: "enterprise" },
      errors: [{ pointer: "/interval", message: "interval is not in range [10, 3600]: got 5, below every plan's minimum. Set it to at least 10" }],
    },
  ],
});

describe("monitor/interval-range and account facts", () => {
  it("asks for the plan only when the plan decides", () => {
    const run = (interval: number) =>
      lintSources([{ path: "m.json", text: JSON.stringify({ type: "http", interval }) }], () => ({ account: {}, rules: {} }), [rule])
        .neededFacts;
    expect(run(12)).toEqual({ checks: 1, facts: ["plan"] });
    expect(run(60)).toEqual({ checks: 0, facts: [] });
    expect(run(5)).toEqual({ checks: 0, facts: [] });
    expect(runRule(rule, { code: { interval: 12 }, name: "" })).toEqual([]);
  });
});
