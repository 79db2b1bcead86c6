// STUB: replaced by the schema work (generated types from schemas/cloudflare-api.openapi.json).
import type { Kind } from "../extract/index.js";

export type Monitor = Record<string, any>;
export type Pool = Record<string, any>;
export type Origin = Record<string, any>;
export type LoadBalancer = Record<string, any>;
export type SpectrumApp = Record<string, any>;

export interface KindTypes {
  monitor: Monitor;
  pool: Pool;
  load_balancer: LoadBalancer;
  spectrum_app: SpectrumApp;
}
export type ResourceValue<K extends Kind> = Partial<KindTypes[K]>;
