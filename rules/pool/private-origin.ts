import { nonPublicRange, type NonPublicRange } from "../../src/address/ip-range.js";
import { defineRule } from "../../src/engine/rule.js";

const RANGE_NAMES: Record<NonPublicRange, string> = {
  private: "a private",
  loopback: "a loopback",
  "link-local": "a link-local",
  "unique-local": "a unique-local",
  "carrier-grade NAT": "a carrier-grade NAT",
  unspecified: "an unspecified",
  "this-network": 'a "this network" (0.0.0.0/8)',
};

export default defineRule({
  id: "pool/private-origin",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
  description: 'An origin with a private, loopback, link-local, unique-local, CGNAT, unspecified or "this network" IP must set virtual_network_id',
  check(pool, ctx) {
    (pool.origins ?? []).forEach((origin, i) => {
      const address = origin.address;
      if (typeof address !== "string" || origin.virtual_network_id !== undefined) return;
      const range = nonPublicRange(address);
      if (!range) return;
      ctx.report({
        at: `/origins/${i}/address`,
        message:
          `origin address ${address} is ${RANGE_NAMES[range]} address and the origin has no "virtual_network_id": the API ` +
          "requires one for internal addresses, and without it Cloudflare has no path to the origin (health " +
          'checks fail with "No route to host" or "Network Unreachable"). Add the virtual network (Cloudflare ' +
          "Tunnel) that reaches it, or use the origin's public address",
      });
    });
  },
});
