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
  count: number;
  /** The object at a place in the count, written out only for the one a finding names. */
  nth: (index: number) => Counted;
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
        ...wholes(distinct(project.of("monitor"), (m) => m.value.id)),
        fact: "quotas.monitors",
        implied:
          poolQuota === undefined
            ? byPlan(Math.floor(SELF_SERVICE_LIMIT * MONITORS_PER_POOL))
            : () => ({ limit: Math.floor(poolQuota * MONITORS_PER_POOL), source: "1.5 × account.quotas.pools" }),
      },
      { noun: "pools", ...wholes(pools), fact: "quotas.pools", implied: byPlan(SELF_SERVICE_LIMIT) },
      {
        noun: "origins",
        count: pools.reduce((sum, pool) => sum + (pool.value.origins ?? []).length, 0),
        nth: (index) => {
          let rest = index;
          for (const pool of pools) {
            const origins = (pool.value.origins ?? []).length;
            if (rest < origins) return { resource: pool, at: `/origins/${rest}` };
            rest -= origins;
          }
          throw new RangeError(`no origin number ${index + 1}`);
        },
        fact: "quotas.origins",
        implied: byPlan(SELF_SERVICE_LIMIT),
      },
      {
        noun: "load balancers",
        ...wholes(distinct(project.of("load_balancer"), (lb) => lb.value.id ?? lb.value.name)),
        fact: "quotas.load_balancers",
        implied: byPlan(SELF_SERVICE_LIMIT),
      },
    ];
    for (const quota of quotas) {
      const explicit = ctx.account.get(quota.fact);
      const allowance = explicit === undefined ? quota.implied(quota.count) : { limit: explicit, source: `account.${quota.fact}` };
      if (allowance && quota.count > allowance.limit) report(ctx, quota, allowance);
    }
  },
});

/** At the first object past the allowance: the one whose creation the API would refuse. */
function report(ctx: ProjectContext, { noun, count, nth }: Quota, { limit, source }: Allowance): void {
  const first = nth(limit);
  ctx.report({
    resource: first.resource,
    at: first.at,
    message:
      `Quota exceeded. You are currently allowed ${limit} ${noun}. Please re-use or delete any unused ${noun}. ` +
      `This run holds ${count} ${noun}; this is number ${limit + 1} (allowance from ${source})`,
  });
}

/** Objects counted whole, each at its own root. */
function wholes(resources: readonly Located[]): Pick<Quota, "count" | "nth"> {
  return { count: resources.length, nth: (index) => ({ resource: resources[index]!, at: "" }) };
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
