import { readFileSync } from "node:fs";
import fc from "fast-check";
import YAML from "yaml";
import type { Kind } from "../../src/extract/index.js";

/**
 * fast-check settings: a fixed seed and a bounded number of runs in `npm test`, so a failure
 * reproduces; `npm run fuzz` sets CFLINT_FUZZ_RUNS for a longer run with a fresh seed (fast-check
 * prints the seed and the shrunk counterexample of a failure, and CFLINT_FUZZ_SEED replays it).
 */
export function fuzzSettings(defaultRuns: number): fc.Parameters<unknown> {
  const runs = Number(process.env.CFLINT_FUZZ_RUNS ?? defaultRuns);
  const seed = process.env.CFLINT_FUZZ_SEED ? Number(process.env.CFLINT_FUZZ_SEED) : undefined;
  return process.env.CFLINT_FUZZ_RUNS ? { numRuns: runs, ...(seed === undefined ? {} : { seed }) } : { numRuns: runs, seed: 20261123 };
}

/**
 * How long one property may run: hundreds of lint runs outlast vitest's default 5 s on a loaded
 * CI machine, and a fuzz run's thousands outlast a minute.
 */
export const propertyTimeout = process.env.CFLINT_FUZZ_RUNS ? 3_600_000 : 60_000;

type Schema = Record<string, unknown>;

const DOCUMENT = JSON.parse(readFileSync(new URL("../../schemas/cloudflare-api.openapi.json", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, Schema> };
};

export const COMPONENT_OF: Record<Kind, string> = {
  monitor: "Monitor",
  pool: "Pool",
  load_balancer: "LoadBalancer",
  spectrum_app: "SpectrumApp",
};

/**
 * Objects shaped by a component of the project's schema: mostly values the schema allows (its
 * examples, enums and ranges), sometimes values just outside them, now and then any JSON at all,
 * so that schema findings and rule findings both occur.
 */
export function resourceArbitrary(kind: Kind): fc.Arbitrary<unknown> {
  return fromSchema({ $ref: `#/components/schemas/${COMPONENT_OF[kind]}` }, 0);
}

const anyJson = fc.jsonValue({ maxDepth: 2 });

function fromSchema(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  // Rare per field: an object has dozens, and one wrong type keeps the rules off the whole object.
  return fc.oneof({ weight: 80, arbitrary: shaped(schema, depth) }, { weight: 1, arbitrary: anyJson });
}

function shaped(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/components/schemas/", "");
    return depth > 6 ? anyJson : fromSchema(DOCUMENT.components.schemas[name]!, depth + 1);
  }
  if (Array.isArray(schema.oneOf)) return fc.oneof(...(schema.oneOf as Schema[]).map((s) => shaped(s, depth)));
  if (Array.isArray(schema.enum)) {
    return fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...(schema.enum as unknown[])) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [String(schema.type ?? "object")];
  return fc.oneof(...types.map((type) => ofType(type, schema, depth)));
}

function ofType(type: string, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const examples = Array.isArray(schema.examples) ? (schema.examples as unknown[]) : [];
  const withExamples = (arbitrary: fc.Arbitrary<unknown>) =>
    examples.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...examples) }, { weight: 1, arbitrary }) : arbitrary;
  const min = typeof schema.minimum === "number" ? schema.minimum : -1e6;
  const max = typeof schema.maximum === "number" ? schema.maximum : 1e6;
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return withExamples(fc.oneof({ weight: 20, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, 0.5) }));
    case "number":
      return withExamples(
        fc.oneof({ weight: 20, arbitrary: fc.constantFrom(min, max, 0.29, 0.5) }, { weight: 1, arbitrary: fc.double({ min: min - 1, max: max + 1, noNaN: true }) }),
      );
    case "string":
      return withExamples(
        fc.oneof(
          fc.string({ maxLength: typeof schema.maxLength === "number" ? schema.maxLength + 2 : 24 }),
          fc.constantFrom("", "tcp://[2001:db8::1]:22", "udp://192.0.2.1:1000-2000", "example.com", "https://", "200", "2xx"),
        ),
      );
    case "array": {
      const items = (schema.items as Schema | undefined) ?? {};
      return withExamples(fc.array(fromSchema(items, depth + 1), { maxLength: 4 }));
    }
    default: {
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, fromSchema(s, depth + 1)])),
        { requiredKeys: Object.keys(properties).filter((k) => required.has(k) && k !== "id") },
      );
      const extra = schema.additionalProperties;
      if (extra && typeof extra === "object") {
        return fc.tuple(record, fc.dictionary(fc.string({ maxLength: 10 }), fromSchema(extra as Schema, depth + 1), { maxKeys: 3 })).map(([a, b]) => ({ ...b, ...a }));
      }
      return withExamples(record);
    }
  }
}

/** A document as users write them: one object, an array, the API envelope, or a bundle. */
export function documentArbitrary(): fc.Arbitrary<unknown> {
  const monitor = resourceArbitrary("monitor");
  const pool = resourceArbitrary("pool");
  const loadBalancer = resourceArbitrary("load_balancer");
  const spectrum = resourceArbitrary("spectrum_app");
  const one = fc.oneof(monitor, pool, loadBalancer, spectrum);
  return fc.oneof(
    one,
    fc.array(one, { maxLength: 3 }),
    one.map((result) => ({ success: true, errors: [], messages: [], result })),
    fc.record(
      {
        monitors: fc.array(monitor, { maxLength: 2 }),
        pools: fc.array(pool, { maxLength: 2 }),
        load_balancers: fc.array(loadBalancer, { maxLength: 2 }),
        spectrum_apps: fc.array(spectrum, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  );
}

/** JSON text of a value, laid out as a person or a tool might: compact, indented, CRLF. */
export function asText(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc
    .tuple(value, fc.constantFrom(undefined, 2, "\t"), fc.boolean())
    .map(([v, indent, crlf]) => {
      const text = JSON.stringify(v, null, indent) ?? "null";
      return crlf ? text.replace(/\n/g, "\r\n") : text;
    });
}

/**
 * YAML text of a value. A key "<<" is written in quotes: plain, it is a merge key, as cflint
 * reads it (and YAML 1.1 readers do), not the key the value has.
 */
export function yamlOf(value: unknown, options: YAML.DocumentOptions & YAML.SchemaOptions & YAML.CreateNodeOptions & YAML.ToStringOptions): string {
  const doc = new YAML.Document(value, options);
  YAML.visit(doc, {
    Pair(_, pair) {
      if (YAML.isScalar(pair.key) && pair.key.value === "<<") pair.key.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString(options);
}

export const TERRAFORM_TYPE: Record<Kind, string> = {
  monitor: "cloudflare_load_balancer_monitor",
  pool: "cloudflare_load_balancer_pool",
  load_balancer: "cloudflare_load_balancer",
  spectrum_app: "cloudflare_spectrum_application",
};

/** How HCL text may be laid out: each choice is valid HCL, as people and `terraform fmt` write it. */
interface HclLayout {
  /** Objects and lists over several lines, elements separated by line breaks (objects) or commas (lists). */
  multiline: boolean;
  /** A comma after the last element of a multi-line object or list. */
  trailingComma: boolean;
  /** Strings given directly to an argument as heredocs (`<<-EOT`), where their text allows. */
  heredoc: boolean;
  /** A comment of each kind between the arguments. */
  comments: boolean;
}

/**
 * A resource of `kind` in Terraform's HCL, its fields as arguments as the v5 provider writes
 * them, laid out in any of the ways HCL allows. A heredoc adds a line break to its string, so
 * `heredocs: false` keeps every value as it was.
 */
export function asHcl(kind: Kind, value: fc.Arbitrary<unknown>, options: { heredocs: boolean } = { heredocs: true }): fc.Arbitrary<string> {
  const layout = fc.record({ multiline: fc.boolean(), trailingComma: fc.boolean(), heredoc: options.heredocs ? fc.boolean() : fc.constant(false), comments: fc.boolean() });
  return fc.tuple(value, layout).map(([v, how]) => {
    const fields = v !== null && typeof v === "object" && !Array.isArray(v) ? Object.entries(v) : [];
    const body = fields
      .filter(([key]) => /^[A-Za-z_][\w-]*$/.test(key))
      .map(([key, field]) => `${how.comments ? "  # a comment\n  // another\n  /* and a block */\n" : ""}  ${key} = ${hclExpression(field, how)}\n`)
      .join("");
    return `resource "${TERRAFORM_TYPE[kind]}" "r" {\n${body}}\n`;
  });
}

/** An argument's value, or (`indent` deeper than an argument's) a value inside one. */
function hclExpression(value: unknown, how: HclLayout, indent = "  "): string {
  if (typeof value === "string") {
    const template = (text: string) => text.replace(/\$\{/g, "$$${").replace(/%\{/g, "%%{");
    // A heredoc's closing marker ends its line, so only an argument's own value can be one; no
    // line of its text may be the marker. Its text gains a final line break.
    if (how.heredoc && indent === "  " && !/\r|EOT/.test(value)) return `<<-EOT\n${template(value.endsWith("\n") ? value : value + "\n")}${indent}EOT`;
    // JSON's escapes are HCL's but for \b and \f.
    return template(JSON.stringify(value).replace(/\\(.)/g, (escape, c: string) => (c === "b" ? "\\u0008" : c === "f" ? "\\u000c" : escape)));
  }
  const inner = indent + "  ";
  const items = Array.isArray(value)
    ? value.map((item) => hclExpression(item, how, inner))
    : value !== null && typeof value === "object"
      ? Object.entries(value).map(([k, v]) => `${hclExpression(k, how, inner)} = ${hclExpression(v, how, inner)}`)
      : undefined;
  if (!items) return JSON.stringify(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (!how.multiline || items.length === 0) return `${open}${items.join(", ")}${close}`;
  // Line breaks separate an object's elements; a list's items still need commas.
  const separator = Array.isArray(value) ? ",\n" : "\n";
  return `${open}\n${inner}${items.join(separator + inner)}${how.trailingComma ? "," : ""}\n${indent}${close}`;
}
