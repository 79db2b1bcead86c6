import { defineProjectRule, type Located, type ProjectContext } from "../../src/engine/rule.js";

/** The documented limits for self-service (non-Enterprise) plans; Enterprise quotas are custom. */
const SELF_SERVICE_LIMIT = 20;
/** Monitors are allowed 1.5 × the pool allowance, on every plan. */
const MONITORS_PER_POOL = 1.5;

interface Counted {
  resource: Located;
  at: string;
}

interface Allowance {
  limit: number;
  /** Where the number comes from, for the message. */
  source: string;
}

interface Quota {
  noun: string;
  items: Counted[];
  fact: "quotas.monitors" | "quotas.pools" | "quotas.origins" | "quotas.load_balancers";
  /** The allowance implied for `count` objects when the quota itself is not given. */
  implied: (count: number) => Allowance | undefined;
}

export default defineProjectRule({
  id: "account/quota",
  kinds: ["monitor", "pool", "load_balancer"],
  severity: "error",
  predicts: "1006",
  description: "An account must not hold more monitors, pools, origins or load balancers than its quota",
  checkProject(project, ctx) {
    // A plan's limit can only be passed by more objects than it allows, so the plan is asked
    // for (and its absence reported) only then; an explicit quota is used whenever it is given.
    const byPlan = (limit: number) => (count: number) => {
      if (count <= limit) return undefined;
      const plan = ctx.account.need("plan");
      if (plan === undefined || plan === "enterprise") return undefined;
      return { limit, source: `the documented limit for the ${plan} plan` };
    };
    const poolQuota = ctx.account.get("quotas.pools");
    const pools = distinct(project.of("pool"), (p) => p.value.id ?? p.value.name);
    const quotas: Quota[] = [
      {
        noun: "monitors",
        items: distinct(project.of("monitor"), (m) => m.value.id).map(whole),
        fact: "quotas.monitors",
        implied:
          poolQuota === undefined
            ? byPlan(Math.floor(SELF_SERVICE_LIMIT * MONITORS_PER_POOL))
            : () => ({ limit: Math.floor(poolQuota * MONITORS_PER_POOL), source: "1.5 × account.quotas.pools" }),
      },
      { noun: "pools", items: pools.map(whole), fact: "quotas.pools", implied: byPlan(SELF_SERVICE_LIMIT) },
      {
        noun: "origins",
        items: pools.flatMap((pool) => (pool.value.origins ?? []).map((_, i) => ({ resource: pool, at: `/origins/${i}` }))),
        fact: "quotas.origins",
        implied: byPlan(SELF_SERVICE_LIMIT),
      },
      {
        noun: "load balancers",
        items: distinct(project.of("load_balancer"), (lb) => lb.value.id ?? lb.value.name).map(whole),
        fact: "quotas.load_balancers",
        implied: byPlan(SELF_SERVICE_LIMIT),
      },
    ];
    for (const { noun, items, fact, implied } of quotas) {
      const explicit = ctx.account.get(fact);
      const allowance = explicit === undefined ? implied(items.length) : { limit: explicit, source: `account.${fact}` };
      if (allowance && items.length > allowance.limit) report(ctx, noun, items, allowance);
    }
  },
});

/** At the first object past the allowance: the one whose creation the API would refuse. */
function report(ctx: ProjectContext, noun: string, items: Counted[], { limit, source }: Allowance): void {
  const first = items[limit]!;
  ctx.report({
    resource: first.resource,
    at: first.at,
    message:
      `Quota exceeded. You are currently allowed ${limit} ${noun}. Please re-use or delete any unused ${noun}. ` +
      `This run holds ${items.length} ${noun}; this is number ${limit + 1} (allowance from ${source})`,
  });
}

function whole(resource: Located): Counted {
  return { resource, at: "" };
}

/** The same object linted twice (an export and its source file) counts once: keyed by id, or name. */
function distinct<T extends Located>(resources: T[], keyOf: (r: T) => unknown): T[] {
  const seen = new Set<string>();
  return resources.filter((r) => {
    const key = keyOf(r);
    if (typeof key !== "string") return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
