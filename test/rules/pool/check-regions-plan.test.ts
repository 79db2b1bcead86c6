import rule from "../../../rules/pool/check-regions-plan.js";
import { testRule } from "../../rule-tester.js";

const origins = [{ name: "a", address: "192.0.2.1" }];
const pool = (check_regions: unknown) => ({ name: "web", origins, check_regions });

testRule(rule, {
  valid: [
    { name: "plan unknown: silent", code: pool(null) },
    { name: "Enterprise may probe from everywhere", code: pool(null), account: { plan: "enterprise" } },
    { name: "Enterprise may use ALL_REGIONS", code: pool(["ALL_REGIONS"]), account: { plan: "enterprise" } },
    { name: "named regions on a Pro plan", code: pool(["WNAM", "WEU"]), account: { plan: "pro" } },
    { name: "absent check_regions is the API's default", code: { name: "web", origins }, account: { plan: "free" } },
  ],
  invalid: [
    {
      name: "null on a Business plan",
      code: '{"name": "web", "origins": [], "check_regions": null}',
      account: { plan: "business" },
      errors: [
        {
          line: 1,
          column: 49,
          endColumn: 53,
          pointer: "/check_regions",
          message:
            "check_regions is null, which probes from every Cloudflare data center; on the business plan the API " +
            'answers "Probing from every data centre is not allowed with this subscription. Please choose regions ' +
            'to probe from.: validation failed". List the regions instead, e.g. ["WNAM", "WEU"]',
        },
      ],
    },
    {
      name: "ALL_REGIONS on a Pro plan, in a bundle",
      code: { pools: [pool(["WEU", "ALL_REGIONS"])] },
      account: { plan: "pro" },
      errors: [{ pointer: "/pools/0/check_regions/1", message: /^ALL_REGIONS is for Enterprise accounts only, and this account is on the pro plan/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, result: pool(null) },
      account: { plan: "free" },
      errors: [{ pointer: "/result/check_regions" }],
    },
  ],
});
