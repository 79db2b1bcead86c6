import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/check-regions-plan",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
  description: "Probing from every data center (check_regions null or ALL_REGIONS) needs an Enterprise plan",
  check(pool, ctx) {
    // An absent check_regions is left to the API's default: the account-level create body does
    // not even have the field, and such pools work on every plan.
    const regions: unknown = pool.check_regions;
    const allRegionsAt = Array.isArray(regions) ? regions.indexOf("ALL_REGIONS") : -1;
    if (regions !== null && allRegionsAt < 0) return;
    const plan = ctx.account.need("plan");
    if (!plan || plan === "enterprise") return;
    if (regions === null) {
      ctx.report({
        at: "/check_regions",
        message:
          `check_regions is null, which probes from every Cloudflare data center; on the ${plan} plan the API answers ` +
          '"Probing from every data centre is not allowed with this subscription. Please choose regions to probe ' +
          'from.: validation failed". List the regions instead, e.g. ["WNAM", "WEU"]',
      });
    } else {
      ctx.report({
        at: `/check_regions/${allRegionsAt}`,
        message: `ALL_REGIONS is for Enterprise accounts only, and this account is on the ${plan} plan. List the regions to probe from instead, e.g. ["WNAM", "ENAM", "WEU"]`,
      });
    }
  },
});
