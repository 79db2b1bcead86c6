import { defineProjectRule } from "../../src/engine/rule.js";

export default defineProjectRule({
  id: "load-balancer/proximity-without-coordinates",
  kinds: ["load_balancer", "pool"],
  severity: "warning",
  predicts: "ignored",
  description: "Proximity steering needs latitude and longitude on every pool it chooses from",
  checkProject(project, ctx) {
    const pools = new Map(project.of("pool").flatMap((p) => (typeof p.value.id === "string" ? [[p.value.id.toLowerCase(), p]] : [])));
    for (const lb of project.of("load_balancer")) {
      if (lb.value.steering_policy !== "proximity") continue;
      (lb.value.default_pools ?? []).forEach((id, i) => {
        const pool = typeof id === "string" ? pools.get(id.toLowerCase()) : undefined;
        // A pool that is not in the run might well have coordinates.
        if (!pool || (pool.value.latitude !== undefined && pool.value.longitude !== undefined)) return;
        // It rests on this pool alone: another pool's unknown id cannot be this one's.
        ctx.report({
          resource: lb,
          restsOn: [pool],
          at: `/default_pools/${i}`,
          message:
            `proximity steering places pools by their coordinates, and pool "${pool.value.name ?? id}" has no ` +
            "latitude and longitude, so it cannot be placed and is passed over. Give the pool its coordinates " +
            "(the data center's location), or choose another steering policy",
        });
      });
    }
  },
});
