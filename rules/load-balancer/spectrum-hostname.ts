import { normalizeName } from "../../src/address/index.js";
import { defineProjectRule } from "../../src/engine/rule.js";

export default defineProjectRule({
  id: "load-balancer/spectrum-hostname",
  kinds: ["load_balancer", "spectrum_app"],
  severity: "warning",
  predicts: "ignored",
  description: "A load balancer's hostname must differ from every Spectrum application's hostname",
  checkProject(project, ctx) {
    const apps = new Set(
      project
        .of("spectrum_app")
        .map((app) => app.value.dns?.name)
        .filter((name): name is string => typeof name === "string")
        .map(normalizeName),
    );
    if (apps.size === 0) return;
    for (const lb of project.of("load_balancer")) {
      const name = lb.value.name;
      if (typeof name !== "string" || !apps.has(normalizeName(name))) continue;
      ctx.report({
        resource: lb,
        at: "/name",
        message:
          `load balancer "${name}" has the same hostname as a Spectrum application; the load balancer takes ` +
          "precedence over the application's DNS record, so one of them never gets the traffic. Give the load " +
          "balancer its own hostname and point the application's origin_dns at it",
      });
    }
  },
});
