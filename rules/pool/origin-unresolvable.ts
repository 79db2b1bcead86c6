import { hostKind } from "../../src/address/index.js";
import { nonPublicReason } from "../../src/address/public-suffix.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/origin-unresolvable",
  kinds: ["pool"],
  severity: "error",
  predicts: "DNS Unknown Host",
  description: "An origin hostname must be a name public DNS can resolve: not single-label, .local or another private suffix",
  check(pool, ctx) {
    (pool.origins ?? []).forEach((origin, i) => {
      const address = origin.address;
      // Names inside a virtual network are resolved there, not in public DNS.
      if (typeof address !== "string" || origin.virtual_network_id !== undefined) return;
      if (hostKind(address) !== "hostname") return;
      const reason = nonPublicReason(address);
      if (!reason) return;
      ctx.report({
        at: `/origins/${i}/address`,
        message:
          `origin address "${address}" cannot resolve in public DNS (${reason}), so its health checks ` +
          "fail to resolve it. Use the origin's fully qualified public hostname or its IP address",
      });
    });
  },
});
