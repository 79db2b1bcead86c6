import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/all-weights-zero",
  kinds: ["pool"],
  severity: "warning",
  predicts: "unusable-pool",
  description: "At least one enabled origin in a pool needs a weight above 0",
  check(pool, ctx) {
    if (pool.enabled === false || !Array.isArray(pool.origins)) return;
    // The least_* policies scale request or connection counts by weight; what a weight of 0 does
    // there is not documented, so only random and hash steering (weights pick the origin) are judged.
    const policy = pool.origin_steering?.policy ?? "random";
    if (policy !== "random" && policy !== "hash") return;
    // Where the enabled origins are; none is listed once one of them has a weight other than 0.
    const enabled: number[] = [];
    for (let i = 0; i < pool.origins.length; i++) {
      const origin = pool.origins[i]!;
      if (origin.enabled === false) continue;
      if (origin.weight !== 0) return;
      enabled.push(i);
    }
    // No enabled origin at all is pool/no-enabled-origins.
    if (enabled.length === 0) return;
    ctx.report({
      at: `/origins/${enabled[0]}/weight`,
      message:
        (enabled.length === 1
          ? "the pool's only enabled origin has weight 0"
          : `all ${enabled.length} of the pool's enabled origins have weight 0`) +
        ": they are health checked, but weight 0 means no traffic is sent to an origin, so the pool serves " +
        "none. Give the origins meant to serve a weight above 0 (up to 1)",
      // Which origins should serve is the user's call; giving them all the same weight is one choice.
      suggestions: [
        {
          desc: "give every enabled origin weight 1",
          fix: enabled.map((i) => ({ op: "replace", at: `/origins/${i}/weight`, value: 1 }) as const),
        },
      ],
    });
  },
});
