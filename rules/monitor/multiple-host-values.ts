import { defineRule } from "../../src/engine/rule.js";
import { headerValues, isHttpMonitor } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/multiple-host-values",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1002",
  description: "A monitor's Host header must have a single value",
  check(monitor, ctx) {
    if (!isHttpMonitor(monitor)) return;
    const hosts = headerValues(monitor.header, "Host");
    const extra = hosts[1];
    if (!extra) return;
    ctx.report({
      at: extra.at,
      message: `the Host header has ${hosts.length} values (${hosts.map((h) => JSON.stringify(h.value)).join(", ")}); a request carries one. Keep only "${hosts[0]!.value}"`,
    });
  },
});
