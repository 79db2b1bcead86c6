import { formatPorts, parseProtocol } from "../../src/address/index.js";
import { registrableDomain } from "../../src/address/public-suffix.js";
import { defineProjectRule, placeOf, type Located } from "../../src/engine/rule.js";

/** Which protocol an application takes: the selected protocol's name, else transport/ports. */
function protocolKey(protocol: string): string {
  const parsed = parseProtocol(protocol);
  if (!parsed.ok) return protocol;
  return parsed.value.selected ?? `${parsed.value.transport}/${formatPorts(parsed.value.ports)}`;
}

export default defineProjectRule({
  id: "spectrum/payg-one-per-protocol",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11034",
  description: "A Pay-as-you-go account (account.spectrum: payg) may have one application per protocol in each zone",
  checkProject(project, ctx) {
    const apps = project.of("spectrum_app");
    if (apps.length < 2 || ctx.account.need("spectrum") !== "payg") return;
    const first = new Map<string, Located<"spectrum_app">>();
    for (const app of apps) {
      const { protocol, dns } = app.value;
      const name = dns?.name;
      if (typeof protocol !== "string" || typeof name !== "string") continue;
      // Pay-as-you-go zones are whole registered domains (subdomain zones need Enterprise).
      const zone = registrableDomain(name);
      if (!zone) continue;
      const key = `${zone}\0${protocolKey(protocol)}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, app);
        continue;
      }
      // The same application twice (a stored copy beside the request body) is one application.
      if (app.value.id !== undefined && app.value.id === earlier.value.id) continue;
      ctx.report({
        resource: app,
        at: "/protocol",
        message: `protocol "${protocol}" on ${zone} already has an application (${placeOf(earlier)}), and Pay-as-you-go allows one per protocol: merge them, or enable Spectrum as a paid add-on`,
      });
    }
  },
});
