import type { Report } from "../engine/rule.js";
import type { Kind } from "../extract/kinds.js";
import { V4_NAMES } from "../extract/terraform/translate.js";
import { joinPointer } from "../parse/pointer.js";
import { isRecord } from "../parse/value.js";
import { closest, isSwap } from "../text/did-you-mean.js";

/** An object whose field names the API knows: a kind, or an object with fixed fields inside one. */
export type FieldHolder =
  | Kind
  | "origin"
  | "load_shedding"
  | "origin_steering"
  | "notification_filter"
  | "notification_filter_options"
  | "random_steering"
  | "adaptive_routing"
  | "location_strategy"
  | "session_affinity_attributes"
  | "load_balancer_rule"
  | "fixed_response"
  | "overrides"
  | "edge_ips";

/**
 * The properties of each component of schemas/cloudflare-api.openapi.json, written out because
 * the bundle does not carry the schema (test/schema/fields.test.ts keeps them in step).
 */
export const FIELDS: Record<FieldHolder, readonly string[]> = {
  monitor: [
    "id",
    "created_on",
    "modified_on",
    "type",
    "description",
    "method",
    "path",
    "port",
    "header",
    "timeout",
    "retries",
    "interval",
    "expected_codes",
    "expected_body",
    "follow_redirects",
    "allow_insecure",
    "consecutive_up",
    "consecutive_down",
    "probe_zone",
  ],
  pool: [
    "id",
    "created_on",
    "modified_on",
    "disabled_at",
    "name",
    "description",
    "enabled",
    "minimum_origins",
    "monitor",
    "monitor_group",
    "check_regions",
    "latitude",
    "longitude",
    "load_shedding",
    "origin_steering",
    "notification_email",
    "notification_filter",
    "origins",
    "networks",
    "health_sources",
  ],
  origin: ["disabled_at", "name", "address", "enabled", "weight", "header", "virtual_network_id", "port", "flatten_cname"],
  load_shedding: ["default_percent", "default_policy", "session_percent", "session_policy"],
  origin_steering: ["policy"],
  notification_filter: ["origin", "pool"],
  notification_filter_options: ["disable", "healthy"],
  load_balancer: [
    "id",
    "created_on",
    "modified_on",
    "zone_name",
    "name",
    "description",
    "enabled",
    "proxied",
    "ttl",
    "default_pools",
    "fallback_pool",
    "steering_policy",
    "region_pools",
    "country_pools",
    "pop_pools",
    "random_steering",
    "adaptive_routing",
    "location_strategy",
    "session_affinity",
    "session_affinity_ttl",
    "session_affinity_attributes",
    "rules",
    "networks",
  ],
  random_steering: ["default_weight", "pool_weights"],
  adaptive_routing: ["failover_across_pools"],
  location_strategy: ["mode", "prefer_ecs"],
  session_affinity_attributes: ["samesite", "secure", "drain_duration", "zero_downtime_failover", "headers", "require_all_headers"],
  load_balancer_rule: ["name", "condition", "priority", "disabled", "terminates", "fixed_response", "overrides"],
  fixed_response: ["status_code", "content_type", "location", "message_body"],
  overrides: [
    "adaptive_routing",
    "country_pools",
    "default_pools",
    "fallback_pool",
    "location_strategy",
    "pop_pools",
    "random_steering",
    "region_pools",
    "session_affinity",
    "session_affinity_attributes",
    "session_affinity_ttl",
    "steering_policy",
    "ttl",
  ],
  spectrum_app: [
    "id",
    "created_on",
    "modified_on",
    "protocol",
    "dns",
    "origin_direct",
    "origin_dns",
    "origin_port",
    "edge_ips",
    "ip_firewall",
    "proxy_protocol",
    "tls",
    "traffic_type",
    "argo_smart_routing",
    "virtual_network_id",
    "origin_worker_id",
  ],
  edge_ips: ["type", "connectivity", "ips"],
};

/**
 * The fields whose value holds fields of its own: an object, or a list of them (`[holder]`).
 * Maps keyed by codes or pool IDs (region_pools, pool_weights) and headers are left out, as their
 * keys are no fields; so are Spectrum's dns and origin_dns, whose fields are all too short to
 * be slipped from (MIN_LENGTH).
 */
const NESTED: Partial<Record<FieldHolder, Record<string, FieldHolder | [FieldHolder]>>> = {
  pool: { load_shedding: "load_shedding", origin_steering: "origin_steering", notification_filter: "notification_filter", origins: ["origin"] },
  notification_filter: { origin: "notification_filter_options", pool: "notification_filter_options" },
  load_balancer: {
    random_steering: "random_steering",
    adaptive_routing: "adaptive_routing",
    location_strategy: "location_strategy",
    session_affinity_attributes: "session_affinity_attributes",
    rules: ["load_balancer_rule"],
  },
  load_balancer_rule: { fixed_response: "fixed_response", overrides: "overrides" },
  overrides: {
    random_steering: "random_steering",
    adaptive_routing: "adaptive_routing",
    location_strategy: "location_strategy",
    session_affinity_attributes: "session_affinity_attributes",
  },
  spectrum_app: { edge_ips: "edge_ips" },
};

/**
 * One edit turns a short word into another word rather than a typo of it (`port`/`post`,
 * `path`/`paths`, `type`/`tags`, `ttl`/`tl`): below five characters, a key or a field is
 * not taken for a slip. From five on, one edit is at most a fifth of the word.
 */
const MIN_LENGTH = 5;

/** Each holder's fields, to tell a key that is one; asked of every key of every object. */
const KNOWN = new Map(Object.entries(FIELDS).map(([holder, fields]) => [holder, new Set(fields)]));

/** The fields long enough that a key one slip away is taken for a typo of one. */
const CANDIDATES = new Map(Object.entries(FIELDS).map(([holder, fields]) => [holder, fields.filter((field) => field.length >= MIN_LENGTH)]));

/** NESTED as lists, walked for every object: a bundle holds thousands of origins. */
const INNER = new Map(
  Object.entries(NESTED).map(([holder, inner]) => [
    holder,
    Object.entries(inner).map(([field, held]) => ({ field, holder: typeof held === "string" ? held : held[0], list: typeof held !== "string" })),
  ]),
);

/** The v4 names whose values the API writes another way, so that a rename alone does not repair them. */
const RESHAPED: Record<string, string> = { origin_port_range: 'Write the range as "origin_port": "<start>-<end>"' };

/**
 * A report for each key of `object` (at `at`, relative to the resource) or of the objects with
 * fixed fields inside it (NESTED) that the API ignores but nearly knows: one edit or one swap of
 * neighbouring letters from a field, case aside, or the Terraform provider v4's name of one.
 * Keys further off are teams' own metadata, which the API ignores as meant. A value of the wrong
 * type is left to the schema rule. A Terraform resource
 * never gets here with such a key: its translation holds the provider's arguments alone, and the
 * provider refuses any other itself.
 */
export function misspeltFields(object: Record<string, unknown>, holder: FieldHolder, at = ""): Report[] {
  const reports: Report[] = [];
  collectSlips(object, holder, at, reports);
  return reports;
}

function collectSlips(object: Record<string, unknown>, holder: FieldHolder, at: string, reports: Report[]): void {
  const known = KNOWN.get(holder)!;
  for (const key in object) {
    if (mayBeSlip(key, known)) {
      // Rare: only then are the keys looked at again, to name the slips and their rivals.
      reports.push(...ownSlips(object, holder, at));
      break;
    }
  }
  const nested = INNER.get(holder) ?? [];
  for (let n = 0; n < nested.length; n++) {
    const { field, holder: inner, list } = nested[n]!;
    const value = object[field];
    if (!list) {
      if (isRecord(value)) collectSlips(value, inner, joinPointer(at, field), reports);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (isRecord(item)) collectSlips(item, inner, joinPointer(at, field, i), reports);
      }
    }
  }
}

function ownSlips(object: Record<string, unknown>, holder: FieldHolder, at: string): Report[] {
  const known = KNOWN.get(holder)!;
  const candidates = CANDIDATES.get(holder)!;
  const slips: { key: string; field: string; v4: boolean }[] = [];
  for (const key of Object.keys(object)) {
    if (!mayBeSlip(key, known)) continue;
    const renamed = V4_NAMES.get(key);
    if (renamed?.kind === holder) slips.push({ key, field: renamed.field, v4: true });
    else {
      const field = key.length >= MIN_LENGTH ? nearestField(key, candidates) : undefined;
      if (field !== undefined) slips.push({ key, field, v4: false });
    }
  }
  return slips.map(({ key, field, v4 }) => {
    const pointer = joinPointer(at, key);
    const ignored = v4 ? `"${key}" is the Terraform provider's name (v4); the API has no such field and ignores it` : `the API has no field "${key}" and ignores it`;
    if (v4 && Object.hasOwn(RESHAPED, key)) return { at: pointer, target: "key", message: `${ignored}. ${RESHAPED[key]}` };
    // The field is set, or another key stands for it too: which value was meant is the user's call.
    const rival = Object.hasOwn(object, field) ? field : slips.find((slip) => slip.field === field && slip.key !== key)?.key;
    if (rival === undefined) return { at: pointer, target: "key", message: `${ignored}. Rename it to "${field}"`, fix: { op: "rename", at: pointer, key: field } };
    return {
      at: pointer,
      target: "key",
      message: `${ignored}; "${rival}" ${rival === field ? "is already set" : `also stands for "${field}"`}. Keep the value you mean as "${field}" and remove the other`,
      suggestions: [{ desc: `remove "${key}"`, fix: { op: "remove", at: pointer } }],
    };
  });
}

/**
 * A key that is none of the holder's fields, so perhaps a slip of one. follow_redirect, the docs'
 * own spelling, has its own rule (monitor/follow-redirect-spelling).
 */
function mayBeSlip(key: string, known: ReadonlySet<string>): boolean {
  return !known.has(key) && key !== "follow_redirect";
}

function nearestField(key: string, fields: readonly string[]): string | undefined {
  return closest(key, fields, 1) ?? fields.find((field) => isSwap(key, field));
}
