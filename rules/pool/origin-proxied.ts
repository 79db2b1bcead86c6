import { hostKind, normalizeName } from "../../src/address/index.js";
import { defineProjectRule, type Located } from "../../src/engine/rule.js";

export default defineProjectRule({
  id: "pool/origin-proxied",
  kinds: ["pool", "load_balancer", "spectrum_app"],
  severity: "error",
  predicts: "DNS Internal",
  description: "An origin address must not be the hostname of a proxied load balancer or a Spectrum application in the run",
  checkProject(project, ctx) {
    // Names that resolve to Cloudflare's edge: proxied load balancers and every Spectrum application.
    const proxied = new Map<string, { what: string; by: Located }>();
    for (const lb of project.of("load_balancer")) {
      if (lb.value.proxied === true && typeof lb.value.name === "string")
        proxied.set(normalizeName(lb.value.name), { what: `the proxied load balancer "${lb.value.name}"`, by: lb });
    }
    for (const app of project.of("spectrum_app")) {
      const name = app.value.dns?.name;
      if (typeof name === "string") proxied.set(normalizeName(name), { what: `the Spectrum application "${name}"`, by: app });
    }
    if (proxied.size === 0) return;
    for (const pool of project.of("pool")) {
      (pool.value.origins ?? []).forEach((origin, i) => {
        const address = origin.address;
        if (typeof address !== "string") return;
        const match = proxied.get(normalizeName(address));
        if (!match || hostKind(address) !== "hostname") return;
        // Known on both sides: another object's unknown name cannot undo the match.
        ctx.report({
          resource: pool,
          restsOn: [match.by],
          at: `/origins/${i}/address`,
          message:
            `origin address "${address}" is ${match.what}, a name proxied by Cloudflare: health checks do not probe it ` +
            "(DNS Internal) and traffic would loop back through Cloudflare. Use the origin server's own IP or DNS-only hostname",
        });
      });
    }
  },
});
