import { basename } from "node:path";
import { joinPointer } from "../../parse/pointer.js";
import { escapeLiteral } from "../../parse/terraform-json-syntax.js";
import { isRecord } from "../../parse/value.js";
import type { Extraction } from "../index.js";
import { RESOURCE_KINDS, translate, type ReferenceResolver } from "./translate.js";

const TYPE_NAMES = Object.keys(RESOURCE_KINDS).join("|");

/**
 * `cloudflare_load_balancer_pool.web.id`, possibly with an instance key (`web[0]`) and inside
 * `${…}`. A resource's id is not known before apply, so cflint gives each resource its address
 * as id and resolves references to it: cross-object rules then see which object is meant.
 */
const CONFIG_REFERENCE = new RegExp(`^\\$\\{\\s*(${TYPE_NAMES})\\.([A-Za-z_][A-Za-z0-9_-]*)(\\[[^\\]]*\\])?\\.id\\s*\\}$`);

const resolveConfigReference: ReferenceResolver = (expression) => {
  const match = CONFIG_REFERENCE.exec(expression);
  return match ? `${match[1]}.${match[2]}` : undefined;
};

/** A resource address, possibly in a module and with an instance key: never an id the API assigns. */
const ADDRESS = new RegExp(`(^|\\.)(${TYPE_NAMES})\\.[A-Za-z_][A-Za-z0-9_-]*(\\[[^\\]]*\\])?$`);

/**
 * Whether an id is the address cflint gives a Terraform resource in place of its id (known only
 * after apply), or a reference resolved to one.
 */
export function isTerraformAddress(id: string): boolean {
  return ADDRESS.test(id);
}

type Body = [Record<string, unknown>, string];

/** Both labelled-block forms of the JSON syntax: an object, or an array of objects. */
function bodies(value: unknown, pointer: string): Body[] {
  if (isRecord(value)) return [[value, pointer]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i): Body[] => (isRecord(item) ? [[item, `${pointer}/${i}`]] : []));
}

/**
 * Finds the Cloudflare Load Balancing and Spectrum resources in Terraform configuration in
 * the JSON syntax (`.tf.json`, or `.tf` read into it). Other blocks and resource types are
 * not cflint's to check and are passed over silently.
 */
export function extractTerraformConfig(value: unknown, out: Extraction): void {
  const roots = bodies(value, "");
  if (roots.length === 0) {
    out.unrecognised.push({ pointer: "", reason: "Terraform configuration in the JSON syntax must be an object, or an array of objects" });
    return;
  }
  // At every level one object or an array of them: Terraform reads both.
  const blocks = roots.flatMap(([root, at]) => bodies(root.resource, joinPointer(at, "resource")));
  for (const [block, blockPointer] of blocks) {
    for (const [type, kind] of Object.entries(RESOURCE_KINDS)) {
      for (const [byName, typePointer] of bodies(block[type], joinPointer(blockPointer, type))) {
        for (const [name, body] of Object.entries(byName)) {
          for (const [attributes, pointer] of bodies(body, joinPointer(typePointer, name))) {
            const address = `${type}.${name}`;
            const translation = translate(kind, attributes, pointer, resolveConfigReference);
            out.evidence = true;
            out.resources.push({
              kind,
              pointer,
              value: { id: address, ...translation.value },
              pointerOf: translation.pointerOf,
              editPointer: translation.editPointer,
              ...(translation.unknown.length > 0 ? { unknown: translation.unknown } : {}),
              ...(declaresNoInstance(attributes) ? { noInstances: true } : {}),
            });
          }
        }
      }
    }
  }
}

/**
 * Whether a block's `count` or `for_each` is written as a value that makes no instance: a count
 * of 0 (Terraform converts the string "0" too) or an empty map. An expression is known only at
 * plan time, and the block is checked as if it made one.
 */
function declaresNoInstance(attributes: Record<string, unknown>): boolean {
  const { count, for_each: forEach } = attributes;
  return count === 0 || count === "0" || (isRecord(forEach) && Object.keys(forEach).length === 0);
}

/**
 * Terraform's override files (`override.tf`, `*_override.tf`, and the `.tf.json` forms), whose
 * blocks Terraform merges into the blocks of the same address in the other files of their
 * directory.
 */
export function isOverrideFile(path: string): boolean {
  // Tested on the file's name: over a whole path the pattern would try every directory in it.
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  return /^(.*_)?override\.tf(\.json)?$/s.test(name);
}

/**
 * A hidden file (`.main.tf`), which Terraform does not read though it sits in the directory (nor
 * an editor's backups, `main.tf~` and `#main.tf#`, whose names cflint does not read as Terraform).
 */
export function isIgnoredByTerraform(path: string): boolean {
  return basename(path).startsWith(".");
}

/** Whether a JSON document is `terraform show -json` output for a plan. */
export function isPlan(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && isRecord(value.planned_values) && ("terraform_version" in value || "format_version" in value);
}

/** Stands for a value Terraform knows only after apply (the plan lists it in `after_unknown`). */
const UNKNOWN_MARK = "${(known after apply)}";

interface PlannedResource {
  address: string;
  type: string;
  values: Record<string, unknown>;
  pointer: string;
  module: string;
}

/**
 * Finds the resources in a plan's `planned_values` (root and child modules). Values the plan
 * marks unknown (`resource_changes[].change.after_unknown`) stay unknown, except references
 * the plan's `configuration` names: a pool's `monitor = cloudflare_load_balancer_monitor.http.id`
 * resolves to that monitor, so cross-object rules still work.
 */
export function extractPlan(plan: Record<string, unknown>, pointer: string, out: Extraction): void {
  const planned: PlannedResource[] = [];
  const root = (plan.planned_values as Record<string, unknown>).root_module;
  collectPlanned(root, joinPointer(pointer, "planned_values", "root_module"), planned);

  const unknowns = new Map<string, unknown>();
  if (Array.isArray(plan.resource_changes)) {
    for (const change of plan.resource_changes) {
      if (isRecord(change) && typeof change.address === "string" && isRecord(change.change))
        unknowns.set(change.address, change.change.after_unknown);
    }
  }
  const expressions = new Map<string, Record<string, unknown>>();
  if (isRecord(plan.configuration)) collectExpressions(plan.configuration.root_module, "", expressions);

  const idOf = new Map(planned.map((r) => [r.address, typeof r.values.id === "string" ? r.values.id : r.address]));
  for (const resource of planned) {
    const kind = RESOURCE_KINDS[resource.type]!;
    const values = withUnknowns(asJsonSyntax(resource.values), unknowns.get(resource.address)) as Record<string, unknown>;
    const config = expressions.get(`${withoutInstanceKeys(resource.module)}${resource.type}.${configName(resource)}`);
    if (config) resolveReferences(values, config, resource.module, idOf);
    const translation = translate(kind, values, resource.pointer, () => undefined);
    out.evidence = true;
    out.resources.push({
      kind,
      pointer: resource.pointer,
      value: { id: idOf.get(resource.address)!, ...translation.value },
      pointerOf: translation.pointerOf,
      label: resource.address,
      ...(translation.unknown.length > 0 ? { unknown: translation.unknown } : {}),
    });
  }
}

/**
 * A plan's values written in Terraform's JSON syntax, which `translate` reads: they are values,
 * so a `${` in one is text, which that syntax writes `$${` (and `%{` as `%%{`).
 */
function asJsonSyntax(value: unknown): unknown {
  if (typeof value === "string") return escapeLiteral(value);
  if (Array.isArray(value)) return value.map(asJsonSyntax);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, asJsonSyntax(field)]));
  return value;
}

/** The resource's name in configuration: its address without module path and instance key. */
function configName(resource: PlannedResource): string {
  const local = resource.address.slice(resource.module.length + resource.type.length + 1);
  return local.replace(/\[[^\]]*\]$/, "");
}

/**
 * A module path as the plan's configuration writes it: a module called with count or for_each has
 * one instance per key (`module.edge[0]`, `module.edge["eu"]`), and one configuration (`module.edge`).
 */
function withoutInstanceKeys(module: string): string {
  return module.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\]/g, "");
}

function collectPlanned(module: unknown, pointer: string, into: PlannedResource[]): void {
  if (!isRecord(module)) return;
  const prefix = typeof module.address === "string" ? `${module.address}.` : "";
  if (Array.isArray(module.resources)) {
    module.resources.forEach((r, i) => {
      if (!isRecord(r) || r.mode === "data" || typeof r.type !== "string" || !(r.type in RESOURCE_KINDS)) return;
      if (typeof r.address !== "string" || !isRecord(r.values)) return;
      const at = joinPointer(pointer, "resources", i, "values");
      into.push({ address: r.address, type: r.type, values: r.values, pointer: at, module: prefix });
    });
  }
  if (Array.isArray(module.child_modules)) {
    module.child_modules.forEach((child, i) => collectPlanned(child, joinPointer(pointer, "child_modules", i), into));
  }
}

function collectExpressions(module: unknown, prefix: string, into: Map<string, Record<string, unknown>>): void {
  if (!isRecord(module)) return;
  if (Array.isArray(module.resources)) {
    for (const r of module.resources) {
      if (isRecord(r) && r.mode === "managed" && typeof r.address === "string" && isRecord(r.expressions))
        into.set(prefix + r.address, r.expressions);
    }
  }
  if (isRecord(module.module_calls)) {
    for (const [name, call] of Object.entries(module.module_calls)) {
      if (isRecord(call)) collectExpressions(call.module, `${prefix}module.${name}.`, into);
    }
  }
}

/**
 * A copy of the planned values with every value the plan marks unknown set to UNKNOWN_MARK.
 * Plans leave such values out of `values` (or, copied from the human-readable output, write
 * "(known after apply)").
 */
function withUnknowns(values: unknown, unknown: unknown): unknown {
  if (unknown === true || values === "(known after apply)") return UNKNOWN_MARK;
  const absent = values === undefined || values === null;
  if (Array.isArray(values) || (absent && Array.isArray(unknown))) {
    const list = Array.isArray(values) ? values : [];
    const marks = Array.isArray(unknown) ? unknown : [];
    return Array.from({ length: Math.max(list.length, marks.length) }, (_, i) => withUnknowns(list[i], marks[i]));
  }
  if (isRecord(values) || (absent && isRecord(unknown))) {
    const out: Record<string, unknown> = { ...(isRecord(values) ? values : {}) };
    const marks = isRecord(unknown) ? unknown : {};
    for (const key of new Set([...Object.keys(out), ...Object.keys(marks)])) out[key] = withUnknowns(out[key], marks[key]);
    return out;
  }
  return values;
}

/** The attributes that hold ids of other objects, by shape (both provider generations). */
const ID_ATTRIBUTES = new Set(["monitor", "fallback_pool", "fallback_pool_id"]);
const ID_LIST_ATTRIBUTES = new Set(["default_pools", "default_pool_ids"]);

function resolveReferences(values: unknown, expressions: Record<string, unknown>, module: string, idOf: Map<string, string>): void {
  if (!isRecord(values)) return;
  for (const [attribute, expression] of Object.entries(expressions)) {
    const current = values[attribute];
    if (!ID_ATTRIBUTES.has(attribute) && !ID_LIST_ATTRIBUTES.has(attribute)) continue;
    if (!isRecord(expression) || !Array.isArray(expression.references)) continue;
    const targets = [
      ...new Set(
        expression.references
          .filter((ref): ref is string => typeof ref === "string" && ref.endsWith(".id"))
          .map((ref) => idOf.get(module + ref.slice(0, -3))),
      ),
    ];
    if (targets.includes(undefined)) continue;
    if (current === UNKNOWN_MARK && ID_LIST_ATTRIBUTES.has(attribute)) values[attribute] = targets;
    else if (current === UNKNOWN_MARK && targets.length === 1) values[attribute] = targets[0];
    else if (Array.isArray(current) && current.length === targets.length && current.every((item) => item === UNKNOWN_MARK))
      values[attribute] = targets;
  }
}
