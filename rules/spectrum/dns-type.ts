import { defineRule } from "../../src/engine/rule.js";

/** The dns.type each edge IP mode needs. */
const DNS_TYPE_FOR = { dynamic: "CNAME", static: "ADDRESS" } as const;

export default defineRule({
  id: "spectrum/dns-type",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11004",
  description: 'dns.type must be "CNAME" with dynamic edge IPs (the default) and "ADDRESS" with static edge IPs',
  check(app, ctx) {
    const dnsType = app.dns?.type;
    if (typeof dnsType !== "string") return;
    const edgeType = app.edge_ips === undefined ? "dynamic" : app.edge_ips.type;
    if (edgeType !== "dynamic" && edgeType !== "static") return;
    const wanted = DNS_TYPE_FOR[edgeType];
    if (dnsType === wanted) return;
    const edge = app.edge_ips === undefined ? "dynamic edge IPs (the default without edge_ips)" : `${edgeType} edge IPs`;
    // The edge IP mode is the harder choice to change (static IPs come with BYOIP): the DNS type follows it.
    ctx.report({
      at: "/dns/type",
      message: `dns.type "${dnsType}" does not fit ${edge}: use "${wanted}"`,
      fix: { op: "replace", at: "/dns/type", value: wanted },
    });
  },
});
