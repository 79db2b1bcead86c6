import { defineProjectRule } from "../../src/engine/rule.js";

export default defineProjectRule({
  id: "load-balancer/dynamic-latency-without-monitor",
  kinds: ["load_balancer", "pool"],
  severity: "warning",
  predicts: "ignored",
  description: "Dynamic latency steering needs a monitor on every pool it chooses from",
  checkProject(project, ctx) {
    const pools = new Map(project.of("pool").flatMap((p) => (typeof p.value.id === "string" ? [[p.value.id.toLowerCase(), p]] : [])));
    for (const lb of project.of("load_balancer")) {
      if (lb.value.steering_policy !== "dynamic_latency") continue;
      (lb.value.default_pools ?? []).forEach((id, i) => {
        const pool = typeof id === "string" ? pools.get(id.toLowerCase()) : undefined;
        // A pool that is not in the run might well have a monitor.
        if (!pool || pool.value.monitor || pool.value.monitor_group) return;
        // It rests on this pool alone: another pool's unknown id cannot be this one's.
        ctx.report({
          resource: lb,
          restsOn: [pool],
          at: `/default_pools/${i}`,
          message:
            `dynamic latency steering ranks pools by their health checks' round-trip times, and pool ` +
            `"${pool.value.name ?? id}" has no monitor, so it has no latency to rank. Attach a monitor to the pool, ` +
            "or choose another steering policy",
        });
      });
    }
  },
});
