import { defineRule } from "../../src/engine/rule.js";
import { aMonitor, isHttpMonitor, monitorType } from "../../src/http/monitor.js";

export default defineRule({
  id: "monitor/follow-redirect-spelling",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "ignored",
  description: 'A monitor must spell the field "follow_redirects"; the API ignores the docs\' "follow_redirect"',
  check(monitor, ctx) {
    if (!("follow_redirect" in monitor)) return;
    const type = monitorType(monitor);
    const repair = type !== undefined && !isHttpMonitor(monitor)
      ? `, and ${aMonitor(type)} follows no redirects. Remove it`
      : "follow_redirects" in monitor
        ? `; "follow_redirects" is already set. Remove it`
        : `. Rename it to "follow_redirects"`;
    ctx.report({
      at: "/follow_redirect",
      target: "key",
      message: `the API has no field "follow_redirect" (the docs' spelling) and ignores it${repair}`,
    });
  },
});
