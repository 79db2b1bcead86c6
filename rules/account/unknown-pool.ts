import { defineProjectRule } from "../../src/engine/rule.js";
import { joinPointer } from "../../src/parse/pointer.js";

const POOL_MAPS = ["region_pools", "country_pools", "pop_pools"] as const;

export default defineProjectRule({
  id: "account/unknown-pool",
  kinds: ["load_balancer", "pool"],
  severity: "error",
  predicts: "1002",
  description: "Every pool a load balancer names must be the id of a pool in the run, when the run holds pools with ids",
  checkProject(project, ctx) {
    const ids = new Set(
      project
        .of("pool")
        .map((p) => p.value.id)
        .filter((id): id is string => typeof id === "string")
        .map((id) => id.toLowerCase()),
    );
    // Pools written before they exist have no id yet: nothing to compare with.
    if (ids.size === 0) return;
    for (const lb of project.of("load_balancer")) {
      const overrides = Array.isArray(lb.value.rules)
        ? lb.value.rules.map((rule, i) => [`/rules/${i}/overrides`, rule.overrides] as const)
        : [];
      for (const [base, settings] of [["", lb.value] as const, ...overrides]) {
        for (const { at, id } of poolReferences(settings)) {
          if (ids.has(id.toLowerCase())) continue;
          ctx.report({
            resource: lb,
            at: base + at,
            message:
              `pool "${id}" matches no pool in this run (${ids.size} with an id), and the API ` +
              "refuses a load balancer that names a pool that does not exist. Correct the id, or lint the pool's file together with this one",
          });
        }
      }
    }
  },
});

/** Every pool id a load balancer (or a rule's overrides) names, with its pointer. */
function poolReferences(settings: Record<string, unknown> | undefined): { at: string; id: string }[] {
  if (!settings) return [];
  const found: { at: string; id: string }[] = [];
  const list = (at: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((id, i) => typeof id === "string" && found.push({ at: joinPointer(at, i), id }));
  };
  list("/default_pools", settings.default_pools);
  if (typeof settings.fallback_pool === "string") found.push({ at: "/fallback_pool", id: settings.fallback_pool });
  for (const field of POOL_MAPS) {
    const map = settings[field];
    if (map === null || typeof map !== "object" || Array.isArray(map)) continue;
    for (const [key, ids] of Object.entries(map)) list(joinPointer(`/${field}`, key), ids);
  }
  return found;
}

