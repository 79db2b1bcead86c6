import { defineRule } from "../../src/engine/rule.js";

const ENTERPRISE_LIMIT = 5;
const OTHER_PLANS_LIMIT = 1;

export default defineRule({
  id: "load-balancer/affinity-header-limit",
  kinds: ["load_balancer"],
  severity: "error",
  predicts: "1002",
  description: "Header session affinity takes at most 5 header names on Enterprise and 1 on other plans",
  check(lb, ctx) {
    const headers = lb.session_affinity_attributes?.headers;
    if (!Array.isArray(headers) || headers.length <= OTHER_PLANS_LIMIT) return;
    // The list keys header affinity only ("when header session_affinity is enabled"): under any
    // other affinity type it is not used. A rule override may turn header affinity on.
    const headerAffinity =
      lb.session_affinity === "header" || (lb.rules ?? []).some((rule) => rule.overrides?.session_affinity === "header");
    if (!headerAffinity) return;
    // More than the Enterprise limit is too many on any plan; between the two, the plan decides.
    let limit = ENTERPRISE_LIMIT;
    let who = "any plan";
    if (headers.length <= ENTERPRISE_LIMIT) {
      const plan = ctx.account.need("plan");
      if (plan === undefined || plan === "enterprise") return;
      limit = OTHER_PLANS_LIMIT;
      who = `the ${plan} plan`;
    }
    ctx.report({
      at: `/session_affinity_attributes/headers/${limit}`,
      message:
        `session_affinity_attributes.headers lists ${headers.length} header names, and ${who} allows at most ` +
        `${limit} (Enterprise 5, other plans 1). Keep the ${limit === 1 ? "one header that identifies" : "headers that identify"} a session`,
    });
  },
});
