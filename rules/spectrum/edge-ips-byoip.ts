import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/edge-ips-byoip",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11018",
  description: "Static edge IPs need BYOIP enabled for the account (account.entitlements.byoip)",
  check(app, ctx) {
    if (app.edge_ips?.type !== "static" || ctx.account.need("entitlements.byoip") !== false) return;
    ctx.report({
      at: "/edge_ips/type",
      message:
        'static edge IPs need BYOIP, which is not enabled for this account (account.entitlements.byoip is false): use dynamic edge IPs (remove edge_ips and set dns.type "CNAME"), or ask your account team to enable BYOIP',
      suggestions: [
        {
          desc: 'use dynamic edge IPs: remove edge_ips and set dns.type "CNAME"',
          fix: [
            { op: "remove", at: "/edge_ips" },
            ...(app.dns?.type === undefined ? [] : [{ op: "replace", at: "/dns/type", value: "CNAME" } as const]),
          ],
        },
      ],
    });
  },
});
