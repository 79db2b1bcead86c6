import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/coordinates-pair",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
  description: "A pool's latitude and longitude must be set together",
  check(pool, ctx) {
    const lat = pool.latitude !== undefined;
    const lon = pool.longitude !== undefined;
    if (lat === lon) return;
    const [set, missing] = lat ? ["latitude", "longitude"] : ["longitude", "latitude"];
    ctx.report({
      at: `/${set}`,
      target: "key",
      message: `${set} is set without ${missing}; the API accepts the coordinates only as a pair. Add ${missing}, or remove ${set}`,
      suggestions: [{ desc: `remove ${set}`, fix: { op: "remove", at: `/${set}` } }],
    });
  },
});
