import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "load-balancer/header-affinity-headers",
  kinds: ["load_balancer"],
  severity: "error",
  predicts: "1002",
  description: "Header session affinity needs at least one header name in session_affinity_attributes.headers",
  check(lb, ctx) {
    if (lb.session_affinity !== "header") return;
    const headers = lb.session_affinity_attributes?.headers;
    if (Array.isArray(headers) && headers.length > 0) return;
    ctx.report({
      at: headers === undefined ? "/session_affinity" : "/session_affinity_attributes/headers",
      message:
        'session_affinity "header" needs at least one header name to key sessions on, and ' +
        `session_affinity_attributes.headers is ${headers === undefined ? "not set" : "empty"}. ` +
        'Add one, e.g. "session_affinity_attributes": {"headers": ["x-session-id"]}',
    });
  },
});
