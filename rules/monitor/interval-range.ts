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
    // A plan below Enterprise, when given, sets the minimum for every message and repair.
    const plan = ctx.account.get("plan");
    const min = plan === undefined || plan === "enterprise" ? MIN_ANY_PLAN : MIN_SELF_SERVE;
    const range = `interval is not in range [${min}, ${MAX}]${min === MIN_SELF_SERVE ? ` on the ${plan} plan` : ""}`;
    let message: string;
    let bound: number;
    if (interval > MAX) {
      message = `${range}: got ${interval}. Set it to at most ${MAX}`;
      bound = MAX;
    } else if (interval < MIN_ANY_PLAN) {
      message = `${range}: got ${interval}, below every plan's minimum. Set it to at least ${min}`;
      bound = min;
    } else if (interval < MIN_SELF_SERVE) {
      // Only the plan can tell: the check stays silent without it.
      if (ctx.account.need("plan") === undefined || min === MIN_ANY_PLAN) return;
      message = `${range}: got ${interval}. Set it to at least ${min}`;
      bound = min;
    } else return;
    // The nearest allowed interval, not the only one: how often to probe is the user's choice.
    ctx.report({ at: "/interval", message, suggestions: [{ desc: `set "interval" to ${bound}`, fix: { op: "replace", at: "/interval", value: bound } }] });
  },
});
