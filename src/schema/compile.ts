import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
// A CommonJS module: under NodeNext the default import is its `module.exports`, whose
// `default` property is the plugin (true at run time and in the type declarations).
import ajvFormats from "ajv-formats";
import type { Kind } from "../extract/kinds.js";
import { findPackageFile } from "../package.js";

/*
 * The validators, compiled by ajv from schemas/cloudflare-api.openapi.json when first used.
 * The CLI bundle replaces this module with the same validators compiled at build time
 * (scripts/build.mjs generates them with createAjv and schemaRef below), so a cflint run
 * starts without compiling anything; the library and the tests compile here.
 */

const SCHEMA_FILE = join("schemas", "cloudflare-api.openapi.json");
const DOCUMENT_ID = "cflint-api";

const COMPONENT_OF: Record<Kind, string> = {
  monitor: "Monitor",
  pool: "Pool",
  load_balancer: "LoadBalancer",
  spectrum_app: "SpectrumApp",
};

/** The schema id of a kind's component, as ajv knows it. */
export function schemaRef(kind: Kind): string {
  return `${DOCUMENT_ID}#/components/schemas/${COMPONENT_OF[kind]}`;
}

let ajv: Ajv2020 | undefined;
const validators = new Map<Kind, ValidateFunction>();

export function validatorFor(kind: Kind): ValidateFunction {
  let check = validators.get(kind);
  if (!check) {
    ajv ??= createAjv();
    check = ajv.getSchema(schemaRef(kind));
    if (!check) throw new Error(`${SCHEMA_FILE} has no component ${COMPONENT_OF[kind]}`);
    validators.set(kind, check);
  }
  return check;
}

/** `standalone`: keep the generated source, for ajv's standaloneCode at build time. */
export function createAjv(options: { standalone?: boolean } = {}): Ajv2020 {
  const instance = new Ajv2020({
    allErrors: true,
    // Nullable fields are written the OpenAPI 3.1 way, as `type: [T, "null"]`.
    allowUnionTypes: true,
    // 0.29 / 0.01 is 28.999999999999996 in floating point: without a tolerance ajv would
    // reject valid origin weights.
    multipleOfPrecision: 9,
    ...(options.standalone ? { code: { source: true } } : {}),
  });
  ajvFormats.default(instance);
  // Strict mode stays on so that a typo inside a component schema fails loudly. Only the
  // OpenAPI document's own top-level keys are declared, as annotations: ajv compiles the
  // document root once when the first component is resolved. The components use
  // JSON Schema's `examples`, not OpenAPI's `example`, so nothing else needs declaring.
  instance.addVocabulary(["openapi", "jsonSchemaDialect", "info", "paths", "components"]);
  const document = JSON.parse(readFileSync(findPackageFile(SCHEMA_FILE), "utf8")) as { components: { schemas: Record<string, unknown> } };
  instance.addSchema({ ...document, components: { ...document.components, schemas: inlineRefs(document.components.schemas) } }, DOCUMENT_ID);
  return instance;
}

/**
 * The components with every `$ref` replaced by the component it names. ajv compiles a schema
 * it reaches through a `$ref` holding further refs as a function of its own, called with a fresh
 * options object for each value (each of a bundle's tens of thousands of origins); inlined, each
 * kind's validator is one function. The refs' siblings are annotations (description, default),
 * kept over the component's own. A ref that names no component, or a component that refers back
 * to itself, cannot be inlined: an error, not a constraint silently lost or an endless recursion.
 */
export function inlineRefs(components: Record<string, unknown>): Record<string, unknown> {
  const resolve = (schema: unknown, via: readonly string[]): unknown => {
    if (Array.isArray(schema)) return schema.map((item) => resolve(item, via));
    if (schema === null || typeof schema !== "object") return schema;
    const { $ref, ...rest } = schema as Record<string, unknown>;
    const resolved = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, resolve(value, via)]));
    if ($ref === undefined) return resolved;
    const name = typeof $ref === "string" && $ref.startsWith(COMPONENT_PREFIX) ? $ref.slice(COMPONENT_PREFIX.length) : undefined;
    if (name === undefined || !Object.hasOwn(components, name)) throw new Error(`${SCHEMA_FILE}: "$ref": ${JSON.stringify($ref)} names no component`);
    if (via.includes(name)) throw new Error(`${SCHEMA_FILE}: ${[...via, name].join(" -> ")} refers back to itself, so its refs cannot be inlined`);
    return { ...(resolve(components[name], [...via, name]) as object), ...resolved };
  };
  return Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, resolve(schema, [name])]));
}

const COMPONENT_PREFIX = "#/components/schemas/";
