import { defineRule } from "../../src/engine/rule.js";
import { headerValues, isHttpMonitor } from "../../src/http/monitor.js";
import { parentPointer } from "../../src/parse/pointer.js";

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
    const first = hosts[0]!;
    const list = parentPointer(first.at);
    // Which value is the right one is the user's call; keeping the first is what the message says.
    const keepFirst = hosts.every((h) => h.at.startsWith(`${list}/`))
      ? [{ desc: `keep only "${first.value}"`, fix: { op: "replace", at: list, value: [first.value] } } as const]
      : [];
    ctx.report({
      at: extra.at,
      message: `the Host header has ${hosts.length} values (${hosts.map((h) => JSON.stringify(h.value)).join(", ")}); a request carries one. Keep only "${first.value}"`,
      suggestions: keepFirst,
    });
  },
});
