import { defineRule } from "../../src/engine/rule.js";
import { isHttpMonitor } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/short-timeout",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "HTTP timeout occurred",
  description: "An http or https monitor should not time out after 1 or 2 seconds",
  check(monitor, ctx) {
    const { timeout } = monitor;
    if (!isHttpMonitor(monitor) || (timeout !== 1 && timeout !== 2)) return;
    ctx.report({
      at: "/timeout",
      message: `a ${timeout}-second timeout fails any answer that takes longer, even from a healthy origin. Raise "timeout" (the default is 5)`,
      suggestions: [{ desc: 'set "timeout" to 5, the default', fix: { op: "replace", at: "/timeout", value: 5 } }],
    });
  },
});
