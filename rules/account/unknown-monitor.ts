import { defineProjectRule, namesNoneOf } from "../../src/engine/rule.js";

export default defineProjectRule({
  id: "account/unknown-monitor",
  kinds: ["pool", "monitor"],
  severity: "error",
  predicts: "1002",
  description: "A pool's monitor must be the id of a monitor in the run, when the run holds monitors with ids",
  checkProject(project, ctx) {
    // Checked with part of the configuration only (--partial), the run cannot know every monitor.
    if (project.partial) return;
    const ids = project.ids("monitor");
    // Monitors written before they exist have no id yet: nothing to compare with.
    if (ids.size === 0) return;
    // A finding rests on its pool and on the monitors' ids: another pool's unknown monitor does not touch it.
    const monitors = project.of("monitor");
    for (const pool of project.of("pool")) {
      const monitor = pool.value.monitor;
      if (typeof monitor !== "string" || monitor === "" || !namesNoneOf(ids, monitor)) continue;
      ctx.report({
        resource: pool,
        restsOn: monitors,
        at: "/monitor",
        message:
          `monitor "${monitor}" matches no monitor in this run (${ids.size} with an id), and ` +
          "the API refuses a pool whose monitor does not exist. Correct the id, or lint the monitor's file together with this one",
      });
    }
  },
});
