import { hostKind, normalizeName } from "../../src/address/index.js";
import { defineProjectRule } from "../../src/engine/rule.js";

export default defineProjectRule({
  id: "pool/origin-proxied",
  kinds: ["pool", "load_balancer", "spectrum_app"],
  severity: "error",
  predicts: "DNS Internal",
  description: "An origin address must not be the hostname of a proxied load balancer or a Spectrum application in the run",
  checkProject(project, ctx) {
    // Names that resolve to Cloudflare's edge: proxied load balancers and every Spectrum application.
    const proxied = new Map<string, string>();
    for (const lb of project.of("load_balancer")) {
      if (lb.value.proxied === true && typeof lb.value.name === "string")
        proxied.set(normalizeName(lb.value.name), `the proxied load balancer "${lb.value.name}"`);
    }
    for (const app of project.of("spectrum_app")) {
      const name = app.value.dns?.name;
      if (typeof name === "string") proxied.set(normalizeName(name), `the Spectrum application "${name}"`);
    }
    if (proxied.size === 0) return;
    for (const pool of project.of("pool")) {
      (pool.value.origins ?? []).forEach((origin, i) => {
        const address = origin.address;
        if (typeof address !== "string") return;
        const what = proxied.get(normalizeName(address));
        if (!what || hostKind(address) !== "hostname") return;
        ctx.report({
          resource: pool,
          at: `/origins/${i}/address`,
          message:
            `origin address "${address}" is ${what}, a name proxied by Cloudflare: health checks do not probe it ` +
            "(DNS Internal) and traffic would loop back through Cloudflare. Use the origin server's own IP or DNS-only hostname",
        });
      });
    }
  },
});
