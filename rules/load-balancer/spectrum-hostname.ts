import { normalizeName } from "../../src/address/index.js";
import { defineProjectRule, type Located } from "../../src/engine/rule.js";

export default defineProjectRule({
  id: "load-balancer/spectrum-hostname",
  kinds: ["load_balancer", "spectrum_app"],
  severity: "warning",
  predicts: "ignored",
  description: "A load balancer's hostname must differ from every Spectrum application's hostname",
  checkProject(project, ctx) {
    const apps = new Map<string, Located<"spectrum_app">>();
    for (const app of project.of("spectrum_app")) {
      const name = app.value.dns?.name;
      if (typeof name === "string") apps.set(normalizeName(name), app);
    }
    if (apps.size === 0) return;
    for (const lb of project.of("load_balancer")) {
      const name = lb.value.name;
      const app = typeof name === "string" ? apps.get(normalizeName(name)) : undefined;
      if (!app) continue;
      // A name known on both sides: another application's unknown name cannot undo the match.
      ctx.report({
        resource: lb,
        restsOn: [app],
        at: "/name",
        message:
          `load balancer "${name}" has the same hostname as a Spectrum application; the load balancer takes ` +
          "precedence over the application's DNS record, so one of them never gets the traffic. Give the load " +
          "balancer its own hostname and point the application's origin_dns at it",
      });
    }
  },
});
