/** What a team knows about its Cloudflare account, from cflint.config.json. */
export interface AccountFacts {
  plan?: "free" | "pro" | "business" | "enterprise";
  spectrum?: "payg" | "enterprise";
  zones?: string[];
  entitlements?: { argo_smart_routing?: boolean; byoip?: boolean; ftp?: boolean };
  quotas?: { monitors?: number; pools?: number; origins?: number; load_balancers?: number };
  virtual_networks?: string[];
}

type Entitlements = NonNullable<AccountFacts["entitlements"]>;
type Quotas = NonNullable<AccountFacts["quotas"]>;

/** Every fact a rule can ask for, by its path in the config's `account` object. */
export interface FactTypes {
  plan: AccountFacts["plan"];
  spectrum: AccountFacts["spectrum"];
  zones: AccountFacts["zones"];
  virtual_networks: AccountFacts["virtual_networks"];
  "entitlements.argo_smart_routing": Entitlements["argo_smart_routing"];
  "entitlements.byoip": Entitlements["byoip"];
  "entitlements.ftp": Entitlements["ftp"];
  "quotas.monitors": Quotas["monitors"];
  "quotas.pools": Quotas["pools"];
  "quotas.origins": Quotas["origins"];
  "quotas.load_balancers": Quotas["load_balancers"];
}
export type FactName = keyof FactTypes;

/** Each fact's path in `account`, split once per run rather than at every check that asks. */
const FACT_PATHS = new Map<FactName, readonly string[]>();

export function readFact<F extends FactName>(account: AccountFacts, fact: F): FactTypes[F] {
  let path = FACT_PATHS.get(fact);
  if (!path) FACT_PATHS.set(fact, (path = fact.split(".")));
  let value: unknown = account;
  for (let i = 0; i < path.length; i++) {
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[path[i]!] : undefined;
  }
  return value as FactTypes[F];
}
