import { defineProjectRule, namesNoneOf } from "../../src/engine/rule.js";
import { joinPointer } from "../../src/parse/pointer.js";

const POOL_MAPS = ["region_pools", "country_pools", "pop_pools"] as const;

export default defineProjectRule({
  id: "account/unknown-pool",
  kinds: ["load_balancer", "pool"],
  severity: "error",
  predicts: "1002",
  description: "Every pool a load balancer names must be the id of a pool in the run, when the run holds pools with ids",
  checkProject(project, ctx) {
    // Checked with part of the configuration only (--partial), the run cannot know every pool.
    if (project.partial) return;
    const ids = project.ids("pool");
    // Pools written before they exist have no id yet: nothing to compare with.
    if (ids.size === 0) return;
    // A finding rests on its load balancer and on the pools' ids: another one's unknown pools do not touch it.
    const pools = project.of("pool");
    for (const lb of project.of("load_balancer")) {
      const overrides = Array.isArray(lb.value.rules)
        ? lb.value.rules.map((rule, i) => [`/rules/${i}/overrides`, rule.overrides] as const)
        : [];
      for (const [base, settings] of [["", lb.value] as const, ...overrides]) {
        for (const { at, id } of unknownReferences(settings, ids)) {
          ctx.report({
            resource: lb,
            restsOn: pools,
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

/**
 * The pool ids a load balancer (or a rule's overrides) names that name none of `known`, with
 * their pointers. A pointer is written only for such an id: most names are known.
 */
function unknownReferences(settings: Record<string, unknown> | undefined, known: ReadonlySet<string>): { at: string; id: string }[] {
  if (!settings) return [];
  const found: { at: string; id: string }[] = [];
  /** The ids in the list at `/field` or `/field/key`. */
  const list = (value: unknown, field: string, key?: string) => {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      const id: unknown = value[i];
      if (typeof id !== "string" || !namesNoneOf(known, id)) continue;
      const at = key === undefined ? joinPointer(`/${field}`, i) : joinPointer(`/${field}`, key, i);
      found.push({ at, id });
    }
  };
  list(settings.default_pools, "default_pools");
  const fallback = settings.fallback_pool;
  if (typeof fallback === "string" && namesNoneOf(known, fallback)) found.push({ at: "/fallback_pool", id: fallback });
  for (const field of POOL_MAPS) {
    const map = settings[field];
    if (map === null || typeof map !== "object" || Array.isArray(map)) continue;
    for (const key in map) {
      if (Object.hasOwn(map, key)) list((map as Record<string, unknown>)[key], field, key);
    }
  }
  return found;
}
