import type { ParsedDocument, Target } from "../parse/document.js";
import { joinPointer, splitPointer } from "../parse/pointer.js";
import { isRecord } from "../parse/value.js";
import { closest } from "../text/did-you-mean.js";
import { BUNDLE_KEYS, KIND_NAMES, type Kind } from "./kinds.js";
import { extractPlan, extractTerraformConfig, isPlan } from "./terraform/index.js";
import { V4_NAMES, type EditOp } from "./terraform/translate.js";

export { KINDS, isKind, type Kind } from "./kinds.js";
export { isIgnoredByTerraform, isOverrideFile } from "./terraform/index.js";

/** One API object found in a document. */
export interface Resource {
  kind: Kind;
  /** Where the object sits in its document. */
  pointer: string;
  value: Record<string, unknown>;
  /**
   * For objects translated from another shape (Terraform): maps a pointer into `value` to
   * the document pointer it came from. Otherwise that is `pointer` followed by the pointer.
   */
  pointerOf?: (at: string) => string;
  /**
   * For a translated object whose document may be edited (Terraform configuration, not a plan):
   * the document pointer where a rule's edit at `at` can be made, or undefined where none can.
   */
  editPointer?: (at: string, op: EditOp) => string | undefined;
  /** Pointers into `value` of fields that are not known before apply: left out of `value`. */
  unknown?: readonly string[];
  /** How findings name the object where its place in the file says little (a plan's resource address). */
  label?: string;
  /**
   * A Terraform block that declares no instance (`count = 0`, `for_each = {}`): nothing of it
   * reaches the API, so no rule checks it, but it stays an object of the run for references.
   */
  noInstances?: true;
}

/** An object that could not be recognised as any kind, and why. */
export interface Unrecognised {
  /** The object's pointer, or its misspelt key's (with `target` "key"). */
  pointer: string;
  reason: string;
  target?: Target;
}

export interface Extraction {
  resources: Resource[];
  unrecognised: Unrecognised[];
  /**
   * Something in the document shows it is Cloudflare configuration: an object with a field only
   * these objects have (or a near miss of one, see nearMiss), a bundle's key, `--kind`, a
   * Terraform resource or plan of the four types.
   * Fields other tools' files have too (`interval`, `timeout`, `retries`, `protocol: quic`) make
   * an object checked, but show nothing.
   */
  evidence: boolean;
}

const MONITOR_TYPES = new Set(["http", "https", "tcp", "udp_icmp", "icmp_ping", "smtp"]);
/*
 * The fields each kind is recognised by. The distinctive ones no other tool's file is likely to
 * have; the rest (`interval`, `timeout`, `retries`, `method`, `proxied`, `protocol`) are common
 * words of CI, test-runner and tunnel configuration.
 */
const MONITOR_DISTINCTIVE = ["expected_codes", "expected_body", "follow_redirects", "follow_redirect", "allow_insecure", "probe_zone", "consecutive_up", "consecutive_down"];
const MONITOR_ONLY = [...MONITOR_DISTINCTIVE, "interval", "retries", "timeout", "method"];
const LB_DISTINCTIVE = ["default_pools", "fallback_pool", "steering_policy", "region_pools", "country_pools", "pop_pools", "session_affinity"];
const LB_ONLY = [...LB_DISTINCTIVE, "proxied"];
const SPECTRUM_DISTINCTIVE = ["origin_direct", "origin_dns", "edge_ips", "traffic_type", "origin_port"];
const SPECTRUM_ONLY = ["protocol", ...SPECTRUM_DISTINCTIVE];
const POOL_DISTINCTIVE = ["minimum_origins", "origin_steering", "check_regions"];

/** Whether an object recognised as `kind` shows it is one, by a distinctive field (or value). */
const DISTINCTIVE: Record<Kind, (value: Record<string, unknown>) => boolean> = {
  monitor: (v) => (typeof v.type === "string" && MONITOR_TYPES.has(v.type)) || MONITOR_DISTINCTIVE.some((k) => k in v),
  // `origins` is also a list of allowed origins (CORS), of strings: a pool's are objects.
  pool: (v) => holdsObjects(v.origins) || POOL_DISTINCTIVE.some((k) => k in v),
  load_balancer: (v) => LB_DISTINCTIVE.some((k) => k in v),
  spectrum_app: (v) => SPECTRUM_DISTINCTIVE.some((k) => k in v) || (typeof v.protocol === "string" && /^(tcp|udp)\/\d/i.test(v.protocol)),
};

function holdsObjects(list: unknown): boolean {
  return Array.isArray(list) && list.every(isRecord);
}

/** Recognises an object's kind from the fields only that kind has; undefined when none fits. */
export function recognise(value: Record<string, unknown>): Kind | undefined {
  if (Array.isArray(value.origins)) return "pool";
  if (SPECTRUM_ONLY.some((k) => k in value) && ("dns" in value || "protocol" in value)) return "spectrum_app";
  if (LB_ONLY.some((k) => k in value)) return "load_balancer";
  if ((typeof value.type === "string" && MONITOR_TYPES.has(value.type)) || MONITOR_ONLY.some((k) => k in value))
    return "monitor";
  return undefined;
}

const WHY_NOT =
  "it has none of the fields that identify a monitor (a type such as http or tcp, expected_codes, interval, …), " +
  "a pool (origins), a load balancer (default_pools, fallback_pool, …) or a Spectrum application (protocol, or dns with origin_direct, origin_dns, …); " +
  "use --kind to say what it is";

/** The fields a near miss is measured against: the distinctive ones, and a pool's `origins`. */
const IDENTIFYING = new Map<string, Kind>([
  ...MONITOR_DISTINCTIVE.map((field) => [field, "monitor"] as const),
  ["origins", "pool"],
  ...POOL_DISTINCTIVE.map((field) => [field, "pool"] as const),
  ...LB_DISTINCTIVE.map((field) => [field, "load_balancer"] as const),
  ...SPECTRUM_DISTINCTIVE.map((field) => [field, "spectrum_app"] as const),
]);

/** A name's characters other than letters, in order: `_` for `session_affinity`, none for `sessionAffinity`. */
function separators(name: string): string {
  return name.replace(/[a-z]+/gi, "");
}

/** The identifying fields by their separators. */
const IDENTIFYING_BY_SEPARATORS = new Map<string, string[]>();
for (const field of IDENTIFYING.keys()) {
  const key = separators(field);
  IDENTIFYING_BY_SEPARATORS.set(key, [...(IDENTIFYING_BY_SEPARATORS.get(key) ?? []), field]);
}

/** A key that is nearly a field identifying a kind: the field, its kind, and whether the key is the provider v4's name of it. */
interface NearMiss {
  key: string;
  field: string;
  kind: Kind;
  v4: boolean;
}

/**
 * The first key of an object that nearly names a field identifying a kind: the Terraform provider
 * v4's name of it (`default_pool_ids`), or one edit from it, case aside (`orgins`, `Origins`,
 * `expected_code`). A false alarm costs more than a missed typo, as it puts another tool's file in
 * a search's report, so only a slip that keeps the field's separators counts (`sessionAffinity`
 * is Kubernetes', `followRedirects` an HTTP client's), a slip of `origins` must hold objects as a
 * pool's do (CORS's hold strings), and `origin` (CORS's word, HTTP's header) never counts.
 */
function nearMiss(value: Record<string, unknown>): NearMiss | undefined {
  for (const key of Object.keys(value)) {
    const renamed = V4_NAMES.get(key);
    if (renamed) return { key, ...renamed, v4: true };
    if (IDENTIFYING.has(key) || key.toLowerCase() === "origin") continue;
    const field = closest(key, IDENTIFYING_BY_SEPARATORS.get(separators(key)) ?? [], 1);
    if (field === undefined || (field === "origins" && !holdsObjects(value[key]))) continue;
    return { key, field, kind: IDENTIFYING.get(field)!, v4: false };
  }
  return undefined;
}

function nearMissReason({ key, field, kind, v4 }: NearMiss): string {
  const meant = `"${field}" (a ${KIND_NAMES[kind]})`;
  return v4
    ? `"${key}" is the Terraform provider's name (v4); in API JSON it is ${meant}`
    : `"${key}" is not a field of any object cflint knows; did you mean ${meant}?`;
}

/**
 * Finds the resources in a parsed document, whatever its form: Terraform configuration, a
 * Terraform plan, or API objects (see `extract`), one document after the other in a file
 * that holds several.
 */
export function extractDocument(document: ParsedDocument, forced?: Kind): Extraction {
  const out: Extraction = { resources: [], unrecognised: [], evidence: false };
  if (document.terraform) {
    extractTerraformConfig(document.value, out);
    return out;
  }
  for (const pointer of document.documents ?? [""]) {
    const value = valueAt(document.value, pointer);
    // An empty document between two `---` is no mistake.
    if (document.documents && value === null) continue;
    if (isPlan(value)) extractPlan(value, pointer, out);
    else visitTop(value, pointer, forced, out);
  }
  return out;
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const segment of splitPointer(pointer)) value = (value as Record<string, unknown>)[segment];
  return value;
}

/**
 * Finds the resources in a parsed document's value: a single object, an array of objects, the API
 * envelope {"result": …}, or a bundle {"monitors": [...], "pools": [...], ...}.
 */
export function extract(document: unknown, forced?: Kind): Extraction {
  const out: Extraction = { resources: [], unrecognised: [], evidence: false };
  visitTop(document, "", forced, out);
  return out;
}

function visitTop(value: unknown, pointer: string, forced: Kind | undefined, out: Extraction): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => visitItem(item, joinPointer(pointer, i), forced, out));
    return;
  }
  if (!isRecord(value)) {
    out.unrecognised.push({ pointer, reason: `the document is ${describe(value)}, not an object or an array of objects` });
    return;
  }
  if ("result" in value && ("success" in value || "errors" in value || "messages" in value)) {
    visitTop(value.result, joinPointer(pointer, "result"), forced, out);
    return;
  }
  // hasOwn, not `in`: keys such as "constructor" and "__proto__" are on every object's prototype.
  const bundleKeys = Object.keys(value).filter((k) => Object.hasOwn(BUNDLE_KEYS, k));
  if (bundleKeys.length > 0 && !forced) {
    out.evidence = true;
    for (const key of bundleKeys) {
      const list = value[key];
      const at = joinPointer(pointer, key);
      if (!Array.isArray(list)) {
        out.unrecognised.push({ pointer: at, reason: `"${key}" in a bundle must be an array, got ${describe(list)}` });
        continue;
      }
      list.forEach((item, i) => visitItem(item, joinPointer(at, i), BUNDLE_KEYS[key], out));
    }
    return;
  }
  visitItem(value, pointer, forced, out);
}

function visitItem(value: unknown, pointer: string, forced: Kind | undefined, out: Extraction): void {
  if (!isRecord(value)) {
    out.unrecognised.push({ pointer, reason: `expected an object, got ${describe(value)}` });
    return;
  }
  const kind = forced ?? recognise(value);
  if (kind) {
    out.resources.push({ kind, pointer, value });
    // Recognised by a field other tools' files have too (`proxied`), an object may still show
    // itself Cloudflare's by a near miss (`default_pool_ids`).
    out.evidence ||= forced !== undefined || DISTINCTIVE[kind](value) || nearMiss(value) !== undefined;
    return;
  }
  const miss = nearMiss(value);
  if (!miss) {
    out.unrecognised.push({ pointer, reason: WHY_NOT });
    return;
  }
  out.evidence = true;
  out.unrecognised.push({ pointer: joinPointer(pointer, miss.key), reason: nearMissReason(miss), target: "key" });
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
