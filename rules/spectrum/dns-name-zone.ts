import { isHostname, zoneOf } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/dns-name-zone",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "16001",
  description: "dns.name must be inside one of the account's zones (account.zones)",
  check(app, ctx) {
    const name = app.dns?.name;
    if (typeof name !== "string" || !isHostname(name)) return;
    const zones = ctx.account.need("zones");
    if (!zones || zones.length === 0 || zoneOf(name, zones)) return;
    ctx.report({
      at: "/dns/name",
      message: `"${name}" is in none of the account's zones (${zones.join(", ")}), so the name belongs to another zone: use a name inside the zone the application is created in`,
    });
  },
});
