import { escapeSegment, isArrayIndex, joinPointer, parentPointer, splitPointer } from "../../parse/pointer.js";
import { isTemplate, unescapeLiteral } from "../../parse/terraform-json-syntax.js";
import { isRecord } from "../../parse/value.js";
import type { Kind } from "../kinds.js";

/** The Cloudflare provider's resource types that cflint checks, and the API object each one is. */
export const RESOURCE_KINDS: Record<string, Kind> = {
  cloudflare_load_balancer_monitor: "monitor",
  cloudflare_load_balancer_pool: "pool",
  cloudflare_load_balancer: "load_balancer",
  cloudflare_spectrum_application: "spectrum_app",
};

/** A resource's attributes translated into the API object, with the way back to the document. */
export interface Translation {
  value: Record<string, unknown>;
  /** Maps a pointer into `value` to the document pointer of what it came from. */
  pointerOf(at: string): string;
  /** Pointers into `value` of fields whose values are not known before apply; they are left out. */
  unknown: string[];
  /** The document pointer where a rule's edit of the API field at `at` can be made; see editPointer. */
  editPointer(at: string, op: EditOp): string | undefined;
}

/** The edits of a rule that can apply to Terraform configuration (a rename never does). */
export type EditOp = "replace" | "remove" | "add";

/**
 * Resolves a reference expression (`cloudflare_load_balancer_pool.web.id`, written `${…}` in
 * Terraform's JSON syntax) to the id of the object it names; undefined for anything else.
 */
export type ReferenceResolver = (expression: string) => string | undefined;

// ---- Field specifications (NOTES 9.1): API field <- provider attribute, for both generations ----

type Spec =
  | "string"
  | "number"
  | "bool"
  /** Copied as written (origin_port: a number, or a "start-end" string). */
  | "as-is"
  | { list: Spec }
  | { map: Spec }
  | { object: Fields }
  | { special: "header" | "origin-header" }
  | { pools: "region" | "country" | "pop" };

interface Field {
  spec: Spec;
  /** Provider attribute names, first the v5 one (the API's), then older ones. */
  from?: string[];
  /** An attribute of provider v5 only (NOTES 9.1): never added, as a v4 configuration would not know it. */
  v5Only?: true;
}

type Fields = Record<string, Spec | Field>;

const STRINGS: Spec = { list: "string" };

const LOAD_SHEDDING: Fields = { default_percent: "number", default_policy: "string", session_percent: "number", session_policy: "string" };
const NOTIFY: Fields = { disable: "bool", healthy: "bool" };

const ORIGIN: Fields = {
  name: "string",
  address: "string",
  enabled: "bool",
  weight: "number",
  header: { special: "origin-header" },
  virtual_network_id: "string",
  port: { spec: "number", v5Only: true },
  flatten_cname: { spec: "bool", v5Only: true },
};

const MONITOR: Fields = {
  type: "string",
  description: "string",
  method: "string",
  path: "string",
  port: "number",
  header: { special: "header" },
  timeout: "number",
  retries: "number",
  interval: "number",
  expected_codes: "string",
  expected_body: "string",
  follow_redirects: "bool",
  allow_insecure: "bool",
  consecutive_up: "number",
  consecutive_down: "number",
  probe_zone: "string",
};

const POOL: Fields = {
  name: "string",
  description: "string",
  enabled: "bool",
  minimum_origins: "number",
  monitor: "string",
  monitor_group: { spec: "string", v5Only: true },
  check_regions: STRINGS,
  latitude: "number",
  longitude: "number",
  load_shedding: { object: LOAD_SHEDDING },
  origin_steering: { object: { policy: "string" } },
  notification_email: "string",
  notification_filter: { spec: { object: { origin: { object: NOTIFY }, pool: { object: NOTIFY } } }, v5Only: true },
  origins: { list: { object: ORIGIN } },
  networks: { spec: STRINGS, v5Only: true },
};

const AFFINITY_ATTRIBUTES: Fields = {
  samesite: "string",
  secure: "string",
  drain_duration: "number",
  zero_downtime_failover: "string",
  headers: STRINGS,
  require_all_headers: "bool",
};

const STEERING: Fields = {
  default_pools: { spec: STRINGS, from: ["default_pools", "default_pool_ids"] },
  fallback_pool: { spec: "string", from: ["fallback_pool", "fallback_pool_id"] },
  steering_policy: "string",
  region_pools: { pools: "region" },
  country_pools: { pools: "country" },
  pop_pools: { pools: "pop" },
  random_steering: { object: { default_weight: "number", pool_weights: { map: "number" } } },
  adaptive_routing: { object: { failover_across_pools: "bool" } },
  location_strategy: { object: { mode: "string", prefer_ecs: "string" } },
  session_affinity: "string",
  session_affinity_ttl: "number",
  session_affinity_attributes: { object: AFFINITY_ATTRIBUTES },
  ttl: "number",
};

const LOAD_BALANCER: Fields = {
  name: "string",
  description: "string",
  enabled: "bool",
  proxied: "bool",
  ...STEERING,
  rules: {
    list: {
      object: {
        name: "string",
        condition: "string",
        priority: "number",
        disabled: "bool",
        terminates: "bool",
        fixed_response: { object: { status_code: "number", content_type: "string", location: "string", message_body: "string" } },
        overrides: { object: STEERING },
      },
    },
  },
  networks: { spec: STRINGS, v5Only: true },
};

const SPECTRUM: Fields = {
  protocol: "string",
  dns: { object: { name: "string", type: "string" } },
  origin_direct: STRINGS,
  origin_dns: { object: { name: "string", ttl: "number", type: "string" } },
  origin_port: "as-is",
  edge_ips: { object: { type: "string", connectivity: "string", ips: STRINGS } },
  ip_firewall: "bool",
  proxy_protocol: "string",
  tls: "string",
  traffic_type: "string",
  argo_smart_routing: "bool",
  virtual_network_id: { spec: "string", v5Only: true },
  origin_worker_id: { spec: "string", v5Only: true },
};

const FIELDS: Record<Kind, Fields> = { monitor: MONITOR, pool: POOL, load_balancer: LOAD_BALANCER, spectrum_app: SPECTRUM };

/**
 * The provider v4's names of an API object's own fields where the API's differ (NOTES 9.1), with
 * the API's name and the kind: what API JSON written with the provider's names holds instead.
 */
export const V4_NAMES: ReadonlyMap<string, { field: string; kind: Kind }> = new Map([
  ...(Object.entries(FIELDS) as [Kind, Fields][]).flatMap(([kind, fields]) =>
    Object.entries(fields).flatMap(([field, entry]) =>
      typeof entry === "object" && "from" in entry ? entry.from!.slice(1).map((name) => [name, { field, kind }] as const) : [],
    ),
  ),
  // A block, { start, end }, where the API has a "start-end" string (see portRange).
  ["origin_port_range", { field: "origin_port", kind: "spectrum_app" }],
]);

// ---- Values ----

/** Marks a value that cannot be known before apply. */
const UNKNOWN = Symbol("unknown");

class Translator {
  readonly links = new Map<string, string>();
  readonly unknown: string[] = [];

  constructor(private readonly resolve: ReferenceResolver) {}

  /** A scalar as Terraform hands it to the provider: expressions resolved or unknown, primitives converted. */
  private scalar(raw: unknown, spec: "string" | "number" | "bool" | "as-is"): unknown {
    if (typeof raw === "string") {
      if (isTemplate(raw)) return this.resolve(raw) ?? UNKNOWN;
      const text = unescapeLiteral(raw);
      // Terraform converts between primitive types where the text allows it.
      if (spec === "number" && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim())) return Number(text);
      if (spec === "bool" && (text === "true" || text === "false")) return text === "true";
      return text;
    }
    if (spec === "string" && (typeof raw === "number" || typeof raw === "boolean")) return String(raw);
    return raw;
  }

  /** Reads `raw` (at document pointer `doc`) by `spec` into API pointer `api`; undefined when unset. */
  read(raw: unknown, spec: Spec, api: string, doc: string): unknown {
    if (raw === null || raw === undefined) return undefined;
    this.links.set(api, doc);
    if (typeof raw === "string" && isTemplate(raw) && typeof spec === "object") {
      return this.resolve(raw) ?? UNKNOWN;
    }
    if (typeof spec === "string") return this.scalar(raw, spec);
    if ("list" in spec) {
      // The JSON syntax may write a single block (v4 `origins { … }`) as an object.
      if (isRecord(raw) && typeof spec.list === "object" && "object" in spec.list) {
        const item = this.read(raw, spec.list, `${api}/0`, doc);
        return item === UNKNOWN ? UNKNOWN : [item];
      }
      if (!Array.isArray(raw)) return raw;
      const items: unknown[] = [];
      for (const [i, item] of raw.entries()) {
        // An item that reads as nothing (null) is left out: the API's index of each after it is one less than the document's.
        const read = this.read(item, spec.list, `${api}/${items.length}`, `${doc}/${i}`);
        if (read !== undefined) items.push(read);
      }
      // One unknown element makes the list's length and order unknown too.
      return items.includes(UNKNOWN) ? UNKNOWN : items;
    }
    if ("map" in spec) {
      if (!isRecord(raw)) return raw;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(raw)) {
        const value = this.read(item, spec.map, joinPointer(api, key), joinPointer(doc, key));
        if (value === UNKNOWN) return UNKNOWN;
        if (value !== undefined) setOwn(out, key, value);
      }
      return out;
    }
    if ("object" in spec) {
      // A v4 block written no times (`[]` in a plan or the JSON syntax) is absent: the provider sends nothing.
      if (Array.isArray(raw) && raw.length === 0) return undefined;
      // A block written once (v4, or a JSON array of one body) is the object itself.
      const single = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
      const at = single === raw ? doc : `${doc}/0`;
      if (single !== raw) this.links.set(api, at);
      return isRecord(single) ? this.fields(single, spec.object, api, at) : single;
    }
    if ("pools" in spec) return this.pools(raw, spec.pools, api, doc);
    return this.header(raw, spec.special, api, doc);
  }

  /** Reads the fields of an object; unknown ones are left out and recorded. */
  fields(raw: Record<string, unknown>, fields: Fields, api: string, doc: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // `dynamic "origins" { for_each = … }` makes blocks whose number and content depend on data.
    const dynamic = isRecord(raw.dynamic) ? raw.dynamic : {};
    for (const [name, field] of Object.entries(fields)) {
      const { spec, from } = typeof field === "object" && "spec" in field ? field : { spec: field, from: [name] };
      const fieldApi = api + "/" + escapeSegment(name);
      const generated = (from ?? [name]).find((attribute) => Object.hasOwn(dynamic, attribute));
      if (generated !== undefined) {
        this.links.set(fieldApi, joinPointer(doc, "dynamic", generated));
        this.unknown.push(fieldApi);
        continue;
      }
      const source = (from ?? [name]).find((attribute) => Object.hasOwn(raw, attribute) && raw[attribute] !== null);
      if (source === undefined) continue;
      const value = this.read(raw[source], spec, fieldApi, doc + "/" + escapeSegment(source));
      if (value === UNKNOWN) this.unknown.push(fieldApi);
      else if (value !== undefined) setOwn(out, name, value);
    }
    return out;
  }

  /**
   * Request headers: v5 writes a map of lists (`{ Host = [...] }`; origins use lowercase
   * `host`), v4 repeated blocks `header { header = "Host" values = [...] }`.
   */
  private header(raw: unknown, kind: "header" | "origin-header", api: string, doc: string): unknown {
    const blocks = Array.isArray(raw) ? raw : isRecord(raw) && "header" in raw && "values" in raw ? [raw] : undefined;
    const out: Record<string, unknown> = {};
    if (blocks) {
      for (const [i, block] of blocks.entries()) {
        if (!isRecord(block)) return raw;
        const name = this.scalar(block.header, "string");
        if (name === UNKNOWN) return UNKNOWN;
        const at = blocks === raw ? `${doc}/${i}` : doc;
        const key = kind === "origin-header" && typeof name === "string" && name.toLowerCase() === "host" ? "Host" : String(name);
        const values = this.read(block.values, STRINGS, joinPointer(api, key), `${at}/values`);
        if (values === UNKNOWN) return UNKNOWN;
        if (values !== undefined) setOwn(out, key, values);
      }
      return out;
    }
    if (!isRecord(raw)) return raw;
    for (const [name, values] of Object.entries(raw)) {
      const key = kind === "origin-header" && name === "host" ? "Host" : name;
      const value = this.read(values, STRINGS, joinPointer(api, key), joinPointer(doc, name));
      if (value === UNKNOWN) return UNKNOWN;
      if (value !== undefined) setOwn(out, key, value);
    }
    return out;
  }

  /** Pools by region, country or PoP: a v5 map of lists, or v4 blocks `{ region = "WNAM" pool_ids = [...] }`. */
  private pools(raw: unknown, label: "region" | "country" | "pop", api: string, doc: string): unknown {
    // No v4 blocks (a plan's `[]`): absent, as the provider sends no map.
    if (Array.isArray(raw) && raw.length === 0) return undefined;
    if (isRecord(raw) && !(label in raw)) return this.read(raw, { map: STRINGS }, api, doc);
    const blocks = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : undefined;
    if (!blocks) return raw;
    const out: Record<string, unknown> = {};
    for (const [i, block] of blocks.entries()) {
      if (!isRecord(block)) return raw;
      const key = this.scalar(block[label], "string");
      if (key === UNKNOWN) return UNKNOWN;
      const at = blocks === raw ? `${doc}/${i}` : doc;
      const ids = this.read(block.pool_ids, STRINGS, joinPointer(api, String(key)), `${at}/pool_ids`);
      if (ids === UNKNOWN) return UNKNOWN;
      if (ids !== undefined) setOwn(out, String(key), ids);
    }
    return out;
  }
}

/** Sets an own property, so that "__proto__" stays an ordinary key. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Translates a resource's attributes (`body`, at document pointer `base`) into the API object.
 * v4 attribute names (`default_pool_ids`, `fallback_pool_id`, `origin_port_range`, repeated
 * `header` and `region_pools` blocks) and v5 ones (origin `header.host`) map to the API's
 * fields; provider-only arguments (`account_id`, `zone_id`, `count`, `lifecycle`, …) are dropped.
 */
export function translate(kind: Kind, body: Record<string, unknown>, base: string, resolve: ReferenceResolver): Translation {
  const translator = new Translator(resolve);
  const value = translator.fields(body, FIELDS[kind], "", base);
  if (kind === "spectrum_app" && !("origin_port" in value)) portRange(body, base, value, translator);
  const { links } = translator;
  return {
    value,
    unknown: translator.unknown,
    editPointer: (at, op) => editPointer(FIELDS[kind], links, base, at, op),
    pointerOf(at: string): string {
      const segments = splitPointer(at);
      for (let n = segments.length; n >= 0; n--) {
        const prefix = joinPointer("", ...segments.slice(0, n));
        const doc = n === 0 ? base : links.get(prefix);
        if (doc !== undefined) return joinPointer(doc, ...segments.slice(n));
      }
      return base;
    },
  };
}

/** v4 `origin_port_range { start, end }` is the API's `origin_port: "start-end"`. */
function portRange(body: Record<string, unknown>, base: string, value: Record<string, unknown>, translator: Translator): void {
  const raw = body.origin_port_range;
  const range = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
  if (!isRecord(range)) return;
  const at = range === raw ? `${base}/origin_port_range` : `${base}/origin_port_range/0`;
  const start = translator.read(range.start, "number", "/origin_port", at);
  const end = translator.read(range.end, "number", "/origin_port", at);
  if (start === UNKNOWN || end === UNKNOWN) translator.unknown.push("/origin_port");
  else if (start !== undefined && end !== undefined) value.origin_port = `${String(start)}-${String(end)}`;
}

/** Scalars and lists of strings: written the same way in the provider's attributes and the API's JSON. */
function isPlain(spec: Spec): boolean {
  return spec === "string" || spec === "number" || spec === "bool" || (typeof spec === "object" && "list" in spec && spec.list === "string");
}

/** The field at an API pointer (an item of a list is its own field), with the spec of what holds it. */
function fieldAt(fields: Fields, at: string): { field: Field; parent: Spec } | undefined {
  let parent: Spec = { object: fields };
  let field: Field | undefined;
  for (const segment of splitPointer(at)) {
    if (field) parent = field.spec;
    if (typeof parent !== "object") return undefined;
    if ("object" in parent) {
      const entry = Object.hasOwn(parent.object, segment) ? parent.object[segment]! : undefined;
      field = entry === undefined ? undefined : typeof entry === "object" && "spec" in entry ? entry : { spec: entry };
    } else if ("list" in parent && isArrayIndex(segment)) field = { spec: parent.list };
    else field = undefined;
    if (!field) return undefined;
  }
  return field && { field, parent };
}

/**
 * Where a rule's edit of the API object can be made in the resource's own block: the document
 * pointer of the attribute (or list item) that an API field was read from, or for an addition,
 * of the attribute to add to an object the block writes. Undefined, and then no edit, unless the
 * attribute is written as the API writes the field: a string, number, boolean or list of
 * strings under the API's own name, so that the provider sends what the edit writes (not a
 * renamed v4 attribute such as fallback_pool_id, request headers, pools by region, maps, nor
 * origin_port with its v4 range block); an attribute is added only where v4 and v5 both have it
 * by that name. A removal may also take a whole object the block sets as
 * an attribute (v5 `origin_dns = {…}`); whether the document holds an attribute there, not a
 * block, and a literal where a value is replaced, is the editor's to check. Nothing generated by
 * a `dynamic` block is edited: its content stands for every block it makes.
 */
function editPointer(fields: Fields, links: ReadonlyMap<string, string>, base: string, at: string, op: EditOp): string | undefined {
  const found = fieldAt(fields, at);
  if (!found || ((found.field.from || found.field.v5Only) && op === "add")) return undefined;
  const { field, parent } = found;
  const named = typeof parent === "object" && "object" in parent;
  const editable = isPlain(field.spec) || (op === "remove" && typeof field.spec === "object" && "object" in field.spec);
  if (!editable || (op !== "replace" && !named)) return undefined;
  const name = splitPointer(at).at(-1)!;
  let doc: string | undefined;
  if (op === "add") {
    const holder = parentPointer(at);
    const holderDoc = holder === "" ? base : links.get(holder);
    doc = holderDoc === undefined || links.has(at) ? undefined : joinPointer(holderDoc, name);
  } else {
    doc = links.get(at);
    // Read from an attribute of another name (an older one), or from a block (`…/0`): not this field as the API names it.
    // An item is where the document writes it, which a null item before it moves (see read).
    const written = doc === undefined ? undefined : splitPointer(doc).at(-1)!;
    if (written !== undefined && (named ? written !== name : !isArrayIndex(written))) doc = undefined;
  }
  if (doc === undefined || !doc.startsWith(base + "/")) return undefined;
  return splitPointer(doc.slice(base.length)).includes("dynamic") ? undefined : doc;
}
