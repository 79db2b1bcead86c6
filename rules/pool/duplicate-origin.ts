import { normalizeName } from "../../src/address/index.js";
import { normalizeIp } from "../../src/address/ip-range.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/duplicate-origin",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
  description: "Origin names and addresses must each be unique within a pool",
  check(pool, ctx) {
    const names = new Map<string, number>();
    const addresses = new Map<string, number>();
    (pool.origins ?? []).forEach((origin, i) => {
      if (typeof origin.name === "string") {
        const first = names.get(origin.name);
        if (first === undefined) names.set(origin.name, i);
        else
          ctx.report({
            at: `/origins/${i}/name`,
            message: `origin name "${origin.name}" is already used by origins[${first}]; names must be unique within a pool. Rename one of them`,
          });
      }
      if (typeof origin.address === "string" && origin.address !== "") {
        const key = normalizeIp(origin.address) ?? normalizeName(origin.address);
        const first = addresses.get(key);
        if (first === undefined) addresses.set(key, i);
        else
          ctx.report({
            at: `/origins/${i}/address`,
            message:
              `origin address "${origin.address}" is already used by origins[${first}]; an address may appear only ` +
              "once in a pool, even with another port or virtual network. Remove one, or move it to another pool",
            suggestions: [{ desc: `remove origins[${i}]`, fix: { op: "remove", at: `/origins/${i}` } }],
          });
      }
    });
  },
});
