import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIELDS, type FieldHolder } from "../../src/schema/fields.js";

const schemas = (JSON.parse(readFileSync(new URL("../../schemas/cloudflare-api.openapi.json", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}).components.schemas;

const COMPONENTS: Record<FieldHolder, string> = {
  monitor: "Monitor",
  pool: "Pool",
  origin: "Origin",
  load_shedding: "LoadShedding",
  origin_steering: "OriginSteering",
  notification_filter: "NotificationFilter",
  notification_filter_options: "NotificationFilterOptions",
  load_balancer: "LoadBalancer",
  random_steering: "RandomSteering",
  adaptive_routing: "AdaptiveRouting",
  location_strategy: "LocationStrategy",
  session_affinity_attributes: "SessionAffinityAttributes",
  load_balancer_rule: "LoadBalancerRule",
  fixed_response: "LoadBalancerRuleFixedResponse",
  overrides: "LoadBalancerRuleOverrides",
  spectrum_app: "SpectrumApp",
  edge_ips: "SpectrumEdgeIps",
};

describe("the fields that misspelt-field rules know", () => {
  it.each(Object.entries(COMPONENTS))("%s's are its component's properties (%s)", (holder, component) => {
    expect([...FIELDS[holder as FieldHolder]].sort()).toEqual(Object.keys(schemas[component]!.properties ?? {}).sort());
  });
});
