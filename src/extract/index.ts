import type { ParsedDocument } from "../parse/document.js";
import { joinPointer, splitPointer } from "../parse/pointer.js";
import { isRecord } from "../parse/value.js";
import { BUNDLE_KEYS, type Kind } from "./kinds.js";
import { extractPlan, extractTerraformConfig, isPlan } from "./terraform/index.js";
import type { EditOp } from "./terraform/translate.js";

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
}

/** An object that could not be recognised as any kind, and why. */
export interface Unrecognised {
  pointer: string;
  reason: string;
}

export interface Extraction {
  resources: Resource[];
  unrecognised: Unrecognised[];
  /**
   * Something in the document shows it is Cloudflare configuration: an object with a field only
   * these objects have, a bundle's key, `--kind`, a Terraform resource or plan of the four types.
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
  pool: (v) => (v.origins as unknown[]).every(isRecord) || POOL_DISTINCTIVE.some((k) => k in v),
  load_balancer: (v) => LB_DISTINCTIVE.some((k) => k in v),
  spectrum_app: (v) => SPECTRUM_DISTINCTIVE.some((k) => k in v) || (typeof v.protocol === "string" && /^(tcp|udp)\/\d/i.test(v.protocol)),
};

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
    out.evidence ||= forced !== undefined || DISTINCTIVE[kind](value);
  } else out.unrecognised.push({ pointer, reason: WHY_NOT });
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
