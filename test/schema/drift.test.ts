import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ours = readJson(path.join(repoRoot, "schemas/cloudflare-api.openapi.json"));
// Cloudflare's 2024 schemas, kept beside the project for reference only; absent in a plain checkout.
const subsetPath = path.resolve(repoRoot, "../shared/cloudflare-api/openapi-subset.json");
const hasSubset = existsSync(subsetPath);

type Json = Record<string, any>;

function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, "utf8")) as Json;
}

const COMPONENTS = ["Monitor", "Pool", "Origin", "LoadBalancer", "SpectrumApp"];

describe("schemas/cloudflare-api.openapi.json", () => {
  it("is an OpenAPI 3.1 document in the JSON Schema 2020-12 dialect", () => {
    expect(ours.openapi).toMatch(/^3\.1\.\d+$/);
    expect(ours.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(ours.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(ours.paths).toBeTypeOf("object");
  });

  it("has the five named components", () => {
    expect(Object.keys(ours.components.schemas)).toEqual(expect.arrayContaining(COMPONENTS));
  });
});

/** Where our enums differ from the 2024 subset on purpose. */
const DELIBERATE: { field: string; theirs?: string; ours?: string; reason: string }[] = [
  { field: "steering_policy", theirs: '"\\"\\""', ours: '""', reason: 'S24 writes the empty string as the literal "\\"\\"" (NOTES Q1)' },
  { field: "session_affinity", theirs: '"\\"\\""', ours: '""', reason: 'S24 writes the empty string as the literal "\\"\\"" (NOTES Q1)' },
  {
    field: "notification_email",
    theirs: '"\\"\\""',
    reason: "only the bulk Patch Pools body limits it (to the empty string, Q1); a pool's own field is free text",
  },
  { field: "check_regions[]", ours: '"CHINA"', reason: "the CHINA region is newer than the subset (SDK 7.3.0)" },
  { field: "traffic_type", ours: '"worker"', reason: "Worker origins are newer than the subset (SDK 7.3.0)" },
];

/**
 * Schemas with their $refs followed and their allOf/oneOf/anyOf branches merged: the union of
 * their properties, items and enum values, which is all that the comparison looks at.
 */
interface Flat {
  properties: Map<string, Json[]>;
  enumValues: Set<string> | undefined;
  items: Json[];
}

function flatten(document: Json, schemas: Json[]): Flat {
  const flat: Flat = { properties: new Map(), enumValues: undefined, items: [] };
  const visit = (node: Json): void => {
    if (typeof node.$ref === "string") visit(resolveRef(document, node.$ref));
    for (const [name, property] of Object.entries((node.properties ?? {}) as Json)) {
      flat.properties.set(name, [...(flat.properties.get(name) ?? []), property]);
    }
    if (Array.isArray(node.enum)) {
      flat.enumValues ??= new Set();
      for (const value of node.enum) flat.enumValues.add(JSON.stringify(value));
    }
    if (node.items) flat.items.push(node.items);
    for (const branch of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) visit(branch);
  };
  schemas.forEach(visit);
  return flat;
}

function resolveRef(document: Json, ref: string): Json {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((node: Json, segment) => node[segment], document);
}

interface Drift {
  missingProperties: string[];
  enumDifferences: string[];
  deliberateSeen: Set<string>;
}

/** Walks their schemas and ours side by side, recording what theirs has that ours lacks. */
function compare(theirs: Json[], mine: Json[], at: string, drift: Drift): void {
  const a = flatten(subset, theirs);
  const b = flatten(ours, mine);
  if (a.enumValues) compareEnums(a.enumValues, b.enumValues ?? new Set(), at, drift);
  for (const [name, properties] of a.properties) {
    const field = at ? `${at}.${name}` : name;
    const counterpart = b.properties.get(name);
    if (counterpart) compare(properties, counterpart, field, drift);
    else drift.missingProperties.push(field);
  }
  if (a.items.length > 0) {
    if (b.items.length > 0) compare(a.items, b.items, `${at}[]`, drift);
    else drift.missingProperties.push(`${at}[]`);
  }
}

function compareEnums(theirs: Set<string>, mine: Set<string>, at: string, drift: Drift): void {
  const lastField = at.split(".").pop() ?? at;
  const excused = (side: "theirs" | "ours", value: string) => {
    const entry = DELIBERATE.find((d) => d.field === lastField && d[side] === value);
    if (entry) drift.deliberateSeen.add(`${entry.field} ${side} ${value}`);
    return entry !== undefined;
  };
  for (const value of theirs) if (!mine.has(value) && !excused("theirs", value)) drift.enumDifferences.push(`${at}: ours lacks ${value}`);
  for (const value of mine) if (!theirs.has(value) && !excused("ours", value)) drift.enumDifferences.push(`${at}: ours adds ${value}`);
}

const subset: Json = hasSubset ? readJson(subsetPath) : {};

/** Every request body of the subset's paths matching `pathPattern`, plus the named component. */
function bodies(pathPattern: RegExp, component?: string): Json[] {
  const found: Json[] = component ? [{ $ref: `#/components/schemas/${component}` }] : [];
  for (const [route, operations] of Object.entries(subset.paths as Json)) {
    if (!pathPattern.test(route)) continue;
    for (const operation of Object.values(operations as Json)) {
      const schema = (operation as Json).requestBody?.content?.["application/json"]?.schema;
      if (schema) found.push(schema);
    }
  }
  return found;
}

/** Each of our components, and where the subset describes the same object. */
const TARGETS = [
  { name: "Monitor", bodies: () => bodies(/\/monitors(\/\{monitor_id\})?(\/preview)?$/, "load-balancing_monitor-editable") },
  { name: "Pool", bodies: () => bodies(/\/pools(\/\{pool_id\})?$/, "load-balancing_pool") },
  { name: "Origin", bodies: () => [{ $ref: "#/components/schemas/load-balancing_origin" }] },
  { name: "LoadBalancer", bodies: () => bodies(/^\/zones\/\{zone_id\}\/load_balancers/, "load-balancing_load-balancer") },
  { name: "SpectrumApp", bodies: () => bodies(/\/spectrum\/apps/) },
];

function driftOf(target: (typeof TARGETS)[number]): Drift {
  const drift: Drift = { missingProperties: [], enumDifferences: [], deliberateSeen: new Set() };
  const theirs = target.bodies();
  if (theirs.length === 0) drift.missingProperties.push(`(the subset has no body for ${target.name})`);
  compare(theirs, [{ $ref: `#/components/schemas/${target.name}` }], "", drift);
  return drift;
}

const driftTitle = "drift against Cloudflare's 2024 OpenAPI subset";
describe.skipIf(!hasSubset)(hasSubset ? driftTitle : `${driftTitle} (skipped: ${subsetPath} is absent)`, () => {
  it.each(TARGETS)("$name has every property and enum value of the subset's bodies", (target) => {
    const drift = driftOf(target);
    expect(new Set(drift.missingProperties), "properties in the subset but not in our schema").toEqual(new Set());
    expect(new Set(drift.enumDifferences), "enum differences not listed as deliberate").toEqual(new Set());
  });

  it("every listed deliberate difference still exists", () => {
    const seen = new Set(TARGETS.flatMap((target) => [...driftOf(target).deliberateSeen]));
    const listed = DELIBERATE.flatMap((d) => [
      ...(d.theirs === undefined ? [] : [`${d.field} theirs ${d.theirs}`]),
      ...(d.ours === undefined ? [] : [`${d.field} ours ${d.ours}`]),
    ]);
    expect([...seen].sort()).toEqual([...new Set(listed)].sort());
  });
});
