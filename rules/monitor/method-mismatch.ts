import { defineRule } from "../../src/engine/rule.js";
import { aMonitor, isHttpMonitor, monitorType } from "../../src/http/monitor.js";

const TCP_METHOD = "connection_established";

export default defineRule({
  id: "monitor/method-mismatch",
  kinds: ["monitor"],
  severity: "error",
  predicts: "Monitor Config Error",
  description: "method must fit the probe: GET or HEAD for http/https, connection_established for tcp",
  check(monitor, ctx) {
    const method = monitor.method;
    if (typeof method !== "string" || method === "") return;
    const type = monitorType(monitor);
    if (type !== undefined && isHttpMonitor(monitor) && method.toLowerCase() === TCP_METHOD) {
      ctx.report({
        at: "/method",
        message: `"${method}" is the tcp probe's method, but ${aMonitor(type)} sends an HTTP request. Use "GET" or "HEAD"`,
        suggestions: ["GET", "HEAD"].map((m) => ({ desc: `use "${m}"`, fix: { op: "replace", at: "/method", value: m } as const })),
      });
    } else if (type === "tcp" && method.toLowerCase() !== TCP_METHOD) {
      ctx.report({
        at: "/method",
        message: `a tcp monitor only opens a connection and cannot send "${method}". Use "${TCP_METHOD}", or remove "method"`,
        suggestions: [
          { desc: `use "${TCP_METHOD}"`, fix: { op: "replace", at: "/method", value: TCP_METHOD } },
          { desc: 'remove "method"', fix: { op: "remove", at: "/method" } },
        ],
      });
    }
  },
});
