import { defineRule } from "../../src/engine/rule.js";
import { aMonitor, isHttpMonitor, monitorType } from "../../src/http/monitor.js";

/**
 * Fields that only http and https probes use, with the values that ask for nothing (the
 * defaults, and the empty values the API returns for other monitor types).
 */
const HTTP_ONLY: Record<string, (value: unknown) => boolean> = {
  path: (v) => v === "" || v === "/",
  header: (v) => v !== null && typeof v === "object" && Object.keys(v).length === 0,
  expected_codes: (v) => v === "" || v === "200",
  expected_body: (v) => v === "",
  follow_redirects: (v) => v === false,
  allow_insecure: (v) => v === false,
  probe_zone: (v) => v === "",
};

export default defineRule({
  id: "monitor/http-only-field",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "ignored",
  description: "Fields for HTTP probes (path, header, expected_codes, expected_body, …) do nothing on other monitor types",
  check(monitor, ctx) {
    const type = monitorType(monitor);
    if (type === undefined || isHttpMonitor(monitor)) return;
    for (const [field, asksNothing] of Object.entries(HTTP_ONLY)) {
      const value = (monitor as Record<string, unknown>)[field];
      if (value === undefined || value === null || asksNothing(value)) continue;
      ctx.report({
        at: `/${field}`,
        target: "key",
        message: `"${field}" applies to http and https monitors only; ${aMonitor(type)} ignores it. Remove it`,
        // A suggestion, not a fix: the field may be waiting for the type to change back.
        suggestions: [{ desc: `remove "${field}"`, fix: { op: "remove", at: `/${field}` } }],
      });
    }
  },
});
