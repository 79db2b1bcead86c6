import { hostHeaderName, normalizeName } from "../../src/address/index.js";
import { normalizeIp } from "../../src/address/ip-range.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/host-header-zone",
  kinds: ["pool"],
  // A Host that publicly resolves to the origin address is also allowed, and only DNS can tell.
  severity: "warning",
  predicts: "1002",
  description: "An origin's Host header must be in one of the account's zones or equal the origin address",
  check(pool, ctx) {
    // The zones (asked for once per pool, by its first origin that needs them) and their normal form.
    let zones: readonly string[] | undefined | null = null;
    let normalZones: string[] | undefined;
    const origins = pool.origins ?? [];
    for (let i = 0; i < origins.length; i++) {
      const origin = origins[i]!;
      const values = origin.header?.Host;
      // Several values are pool/host-header-count's finding.
      if (!Array.isArray(values) || values.length !== 1 || typeof values[0] !== "string") continue;
      const host = normalizeName(hostHeaderName(values[0]));
      const address = typeof origin.address === "string" ? origin.address : undefined;
      if (address !== undefined && sameHost(host, address)) continue;
      if (zones === null) zones = ctx.account.need("zones");
      // Without the zones no origin of this pool can be judged, and the need is already recorded.
      if (!zones) return;
      if ((normalZones ??= zones.map(normalizeName)).some((zone) => host === zone || host.endsWith(`.${zone}`))) continue;
      ctx.report({
        at: `/origins/${i}/header/Host/0`,
        message:
          `Host header "${values[0]}" not allowed for origin domain "${address ?? ""}": it is in none of the ` +
          `account's zones (${zones.join(", ")}) and differs from the origin address, so the API refuses it ` +
          "unless it publicly resolves to that address. Use a name in one of the zones, or the origin address itself",
      });
    }
  },
});

function sameHost(host: string, address: string): boolean {
  const ip = normalizeIp(host);
  return ip !== undefined ? ip === normalizeIp(address) : host === normalizeName(address);
}
