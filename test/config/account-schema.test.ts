import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AccountFacts, FactName } from "../../src/engine/account.js";

const schema = JSON.parse(readFileSync(new URL("../../schemas/config.schema.json", import.meta.url), "utf8"));
const account = schema.definitions.account;

type Exhaustive<Union, List extends readonly unknown[]> = [Exclude<Union, List[number]>] extends [never] ? List : never;

// Each list must name every member of its TypeScript union, and only those (tsc checks both).
const PLANS = ["free", "pro", "business", "enterprise"] as const satisfies readonly NonNullable<AccountFacts["plan"]>[];
const SPECTRUM = ["payg", "enterprise"] as const satisfies readonly NonNullable<AccountFacts["spectrum"]>[];
const plans: Exhaustive<NonNullable<AccountFacts["plan"]>, typeof PLANS> = PLANS;
const spectrum: Exhaustive<NonNullable<AccountFacts["spectrum"]>, typeof SPECTRUM> = SPECTRUM;

// A complete AccountFacts: tsc rejects a missing key (Required) and an unknown one (excess property check).
const FULL: Required<{ [K in keyof AccountFacts]: Required<NonNullable<AccountFacts[K]>> }> = {
  plan: "free",
  spectrum: "payg",
  zones: ["example.com"],
  entitlements: { argo_smart_routing: true, byoip: false, ftp: false },
  quotas: { monitors: 1, pools: 1, origins: 1, load_balancers: 1 },
  virtual_networks: ["6f3f8b0c-5f4e-4d39-9a3b-0e6b8f7a1c2d"],
};

// Every fact a rule can ask for, by name (tsc rejects a missing or unknown one).
const FACTS: Record<FactName, true> = {
  plan: true,
  spectrum: true,
  zones: true,
  virtual_networks: true,
  "entitlements.argo_smart_routing": true,
  "entitlements.byoip": true,
  "entitlements.ftp": true,
  "quotas.monitors": true,
  "quotas.pools": true,
  "quotas.origins": true,
  "quotas.load_balancers": true,
};

describe("schemas/config.schema.json and AccountFacts (src/engine/account.ts) stay in step", () => {
  it("has the same keys, nested ones included", () => {
    expect(Object.keys(account.properties).sort()).toEqual(Object.keys(FULL).sort());
    expect(Object.keys(account.properties.entitlements.properties).sort()).toEqual(Object.keys(FULL.entitlements).sort());
    expect(Object.keys(account.properties.quotas.properties).sort()).toEqual(Object.keys(FULL.quotas).sort());
    expect(account.additionalProperties).toBe(false);
  });

  it("has the same plans and Spectrum billing models", () => {
    expect(account.properties.plan.enum).toEqual([...plans]);
    expect(account.properties.spectrum.enum).toEqual([...spectrum]);
  });

  it("describes every fact a rule can need, with the value type the rules get", () => {
    for (const fact of Object.keys(FACTS) as FactName[]) {
      const [head, tail] = fact.split(".");
      const property = tail === undefined ? account.properties[head!] : account.properties[head!].properties[tail];
      expect(property, fact).toBeDefined();
      const sample = tail === undefined ? FULL[head as keyof typeof FULL] : (FULL[head as "quotas"] as Record<string, unknown>)[tail];
      const type = Array.isArray(sample) ? "array" : typeof sample === "number" ? "integer" : typeof sample;
      if (property.enum) expect(property.enum, fact).toContain(sample);
      else expect(property.type, fact).toBe(type);
    }
  });
});

describe("account facts no rule reads", () => {
  const rulesDir = new URL("../../rules/", import.meta.url);
  const sources = readdirSync(rulesDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => readFileSync(new URL(file, rulesDir), "utf8"));
  const readBySomeRule = (fact: FactName) => sources.some((source) => source.includes(`"${fact}"`));
  // An FTP application is an ordinary TCP one in the configuration, so no rule can predict 11014.
  const UNREAD: FactName[] = ["entitlements.ftp"];

  it("are only those the docs say nothing reads", () => {
    expect((Object.keys(FACTS) as FactName[]).filter((fact) => !readBySomeRule(fact))).toEqual(UNREAD);
  });

  it("are said to be unread in the schema and the README", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(account.properties.entitlements.properties.ftp.description).toContain("no rule reads it");
    expect(readme).toContain("`ftp` is accepted but no rule reads it");
  });
});
