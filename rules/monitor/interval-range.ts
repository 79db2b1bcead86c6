import { defineRule } from "../../src/engine/rule.js";

const MAX = 3600;
/** The lowest minimum of any plan (Enterprise). */
const MIN_ANY_PLAN = 10;
/**
 * Below Enterprise. The docs disagree for Pro (60 in the monitor settings, 15 in the limits
 * table): the lower bound is taken, so that no valid interval is flagged.
 */
const MIN_SELF_SERVE = 15;

export default defineRule({
  id: "monitor/interval-range",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1002",
  description: "interval must lie between the plan's minimum (10 on Enterprise, 15 below) and 3600 seconds",
  check(monitor, ctx) {
    const interval = monitor.interval;
    if (typeof interval !== "number") return;
    let message: string;
    let bound: number;
    if (interval > MAX) {
      message = `interval is not in range [${MIN_ANY_PLAN}, ${MAX}]: got ${interval}. Set it to at most ${MAX}`;
      bound = MAX;
    } else if (interval < MIN_ANY_PLAN) {
      message = `interval is not in range [${MIN_ANY_PLAN}, ${MAX}]: got ${interval}, below every plan's minimum. Set it to at least ${MIN_ANY_PLAN}`;
      bound = MIN_ANY_PLAN;
    } else if (interval < MIN_SELF_SERVE) {
      // Only the plan can tell: the check stays silent without it.
      const plan = ctx.account.need("plan");
      if (plan === undefined || plan === "enterprise") return;
      message = `interval is not in range [${MIN_SELF_SERVE}, ${MAX}] on the ${plan} plan: got ${interval}. Set it to at least ${MIN_SELF_SERVE}`;
      bound = MIN_SELF_SERVE;
    } else return;
    // The nearest allowed interval, not the only one: how often to probe is the user's choice.
    ctx.report({ at: "/interval", message, suggestions: [{ desc: `set "interval" to ${bound}`, fix: { op: "replace", at: "/interval", value: bound } }] });
  },
});
