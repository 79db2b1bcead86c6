export const KINDS = ["monitor", "pool", "load_balancer", "spectrum_app"] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

/** The bundle keys that hold each kind. */
export const BUNDLE_KEYS: Record<string, Kind> = {
  monitors: "monitor",
  pools: "pool",
  load_balancers: "load_balancer",
  spectrum_apps: "spectrum_app",
};
