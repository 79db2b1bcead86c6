import type { Report } from "../engine/rule.js";
import type { Kind } from "../extract/kinds.js";
import { V4_NAMES } from "../extract/terraform/translate.js";
import { escapeSegment } from "../parse/pointer.js";
import { closest, isSwap } from "../text/did-you-mean.js";

/** An object whose field names the API knows: a kind, or a pool's origin. */
export type FieldHolder = Kind | "origin";

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
};

/**
 * One edit turns a short word into another word rather than a typo of it (`port`/`post`,
 * `path`/`paths`, `type`/`tags`, `ttl`/`tl`): below five characters, a key or a field is
 * not taken for a slip. From five on, one edit is at most a fifth of the word.
 */
const MIN_LENGTH = 5;

/** The fields long enough that a key one slip away is taken for a typo of one. */
const CANDIDATES = new Map(Object.entries(FIELDS).map(([holder, fields]) => [holder, fields.filter((field) => field.length >= MIN_LENGTH)]));

/** The v4 names whose values the API writes another way, so that a rename alone does not repair them. */
const RESHAPED: Record<string, string> = { origin_port_range: 'Write the range as "origin_port": "<start>-<end>"' };

/**
 * A report for each key of `object` (at `at`, relative to the resource) that the API ignores
 * but nearly knows: one edit or one swap of neighbouring letters from a field, case aside, or
 * the Terraform provider v4's name of one. Keys further off are teams' own metadata, which the
 * API ignores as meant. A Terraform resource
 * never gets here with such a key: its translation holds the provider's arguments alone, and the
 * provider refuses any other itself.
 */
export function misspeltFields(object: Record<string, unknown>, holder: FieldHolder, at = ""): Report[] {
  const slips: { key: string; field: string; v4: boolean }[] = [];
  for (const key of Object.keys(object)) {
    // follow_redirect, the docs' own spelling, has its own rule (monitor/follow-redirect-spelling).
    if (FIELDS[holder].includes(key) || key === "follow_redirect") continue;
    const renamed = V4_NAMES.get(key);
    if (renamed?.kind === holder) slips.push({ key, field: renamed.field, v4: true });
    else {
      const field = key.length >= MIN_LENGTH ? nearestField(key, CANDIDATES.get(holder)!) : undefined;
      if (field !== undefined) slips.push({ key, field, v4: false });
    }
  }
  return slips.map(({ key, field, v4 }) => {
    const pointer = `${at}/${escapeSegment(key)}`;
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

function nearestField(key: string, fields: readonly string[]): string | undefined {
  return closest(key, fields, 1) ?? fields.find((field) => isSwap(key, field));
}
