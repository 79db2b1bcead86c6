// The API objects as TypeScript types, generated from schemas/cloudflare-api.openapi.json.
import type { Kind } from "../extract/index.js";
import type { components } from "./api-types.js";

type Schemas = components["schemas"];

export type Monitor = Schemas["Monitor"];
export type Pool = Schemas["Pool"];
export type Origin = Schemas["Origin"];
export type LoadBalancer = Schemas["LoadBalancer"];
export type SpectrumApp = Schemas["SpectrumApp"];

export interface KindTypes {
  monitor: Monitor;
  pool: Pool;
  load_balancer: LoadBalancer;
  spectrum_app: SpectrumApp;
}

/** A resource as rules see it: every field may be missing, even the ones the API requires. */
export type ResourceValue<K extends Kind> = Partial<KindTypes[K]>;
