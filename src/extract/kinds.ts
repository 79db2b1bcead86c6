export const KINDS = ["monitor", "pool", "load_balancer", "spectrum_app"] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

/** How messages name each kind. */
export const KIND_NAMES: Record<Kind, string> = {
  monitor: "monitor",
  pool: "pool",
  load_balancer: "load balancer",
  spectrum_app: "Spectrum application",
};

/** The bundle keys that hold each kind. */
export const BUNDLE_KEYS: Record<string, Kind> = {
  monitors: "monitor",
  pools: "pool",
  load_balancers: "load_balancer",
  spectrum_apps: "spectrum_app",
};
