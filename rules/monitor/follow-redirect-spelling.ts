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
    const remove = { op: "remove", at: "/follow_redirect" } as const;
    const message = `the API has no field "follow_redirect" (the docs' spelling) and ignores it`;
    if (type !== undefined && !isHttpMonitor(monitor)) {
      // Nothing reads it on this type, so taking it out changes nothing the API does.
      ctx.report({ at: "/follow_redirect", target: "key", message: `${message}, and ${aMonitor(type)} follows no redirects. Remove it`, fix: remove });
    } else if ("follow_redirects" in monitor) {
      // The two may disagree: which one was meant is the user's call.
      ctx.report({
        at: "/follow_redirect",
        target: "key",
        message: `${message}; "follow_redirects" is already set. Remove it`,
        suggestions: [{ desc: 'remove "follow_redirect"', fix: remove }],
      });
    } else {
      ctx.report({
        at: "/follow_redirect",
        target: "key",
        message: `${message}. Rename it to "follow_redirects"`,
        fix: { op: "rename", at: "/follow_redirect", key: "follow_redirects" },
      });
    }
  },
});
