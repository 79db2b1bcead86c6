import { defineRule } from "../../src/engine/rule.js";
import { monitorType } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/short-tcp-timeout",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "TCP Timeout",
  description: "A tcp monitor should not time out after 1 or 2 seconds",
  check(monitor, ctx) {
    const { timeout } = monitor;
    if (monitorType(monitor) !== "tcp" || (timeout !== 1 && timeout !== 2)) return;
    ctx.report({
      at: "/timeout",
      message: `a ${timeout}-second timeout leaves no room for a retransmitted packet, even to a healthy origin. Raise "timeout" (the default is 5)`,
      suggestions: [{ desc: 'set "timeout" to 5, the default', fix: { op: "replace", at: "/timeout", value: 5 } }],
    });
  },
});
