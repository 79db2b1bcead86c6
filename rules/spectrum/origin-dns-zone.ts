import { isHostname, zoneOf } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/origin-dns-zone",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11050",
  description: "origin_dns.name must be a record (or load balancer) in the application's own zone (account.zones)",
  check(app, ctx) {
    const origin = app.origin_dns?.name;
    const name = app.dns?.name;
    if (typeof origin !== "string" || !isHostname(origin) || typeof name !== "string") return;
    const zones = ctx.account.need("zones");
    if (!zones) return;
    // Without the application's zone there is nothing to compare with (spectrum/dns-name-zone reports that).
    const appZone = zoneOf(name, zones);
    if (!appZone || zoneOf(origin, zones) === appZone) return;
    ctx.report({
      at: "/origin_dns/name",
      message: `origin "${origin}" is outside the application's zone ${appZone}: move the origin record or load balancer into ${appZone}, or point origin_direct at its IP`,
    });
  },
});
