import { describe, expect, it } from "vitest";
import rule from "../../../rules/account/unknown-pool.js";
import { lintSources } from "../../../src/engine/lint.js";
import { testRule } from "../../rule-tester.js";

const P1 = "17b5962d775c646f3f9725cbc7a53df4";
const P2 = "ff02c959d17f7bb2b1184a202e3c0af7";
const GONE = "9290f38c5d07c2e2f4df57b1f61d4196";
const pool = (id?: string) => ({ ...(id ? { id } : {}), name: `pool-${id ?? "new"}`, origins: [{ name: "o1", address: "192.0.2.10" }] });
/** A Terraform pool block: its id is known only after apply. */
const POOL_BLOCK = 'resource "cloudflare_load_balancer_pool" "eu" {\n  name    = "eu"\n  origins = [{ name = "o1", address = "192.0.2.10" }]\n}\n';
const lb = (extra: object = {}) => ({ name: "www.example.com", default_pools: [P1, P2], fallback_pool: P2, ...extra });

testRule(rule, {
  valid: [
    { name: "every pool is in the run", code: { pools: [pool(P1), pool(P2)], load_balancers: [lb({ region_pools: { WEU: [P2] } })] } },
    { name: "no pools in the run", code: { load_balancers: [lb()] } },
    { name: "pools without ids (not created yet)", code: { pools: [pool(), pool()], load_balancers: [lb()] } },
    { name: "pools in another file", files: { "pools.json": [pool(P1), pool(P2)], "lb.json": lb({ country_pools: { GB: [P1] } }) } },
    {
      name: "a pool in the run but too malformed to check: it still exists",
      files: { "pools.json": [pool(P1), { ...pool(P2), minimum_origins: "1" }], "lb.json": lb() },
    },
    {
      // As cf-terraforming writes imported objects: the pool blocks' ids are known only after apply (or import).
      name: "Terraform: literal pool ids while the run's pools are Terraform resources",
      files: {
        "pools.tf": POOL_BLOCK,
        "lb.tf": `resource "cloudflare_load_balancer" "www" {\n  name          = "www.example.com"\n  default_pools = ["${P1}"]\n  fallback_pool = "${GONE}"\n}\n`,
      },
    },
    {
      name: "a literal id that may be the id of a Terraform pool, beside pools with known ids",
      files: {
        "pools.json": [pool(P1)],
        "pools.tf": POOL_BLOCK,
        "lb.json": lb({ default_pools: [P1, GONE], fallback_pool: GONE }),
      },
    },
  ],
  invalid: [
    {
      name: "fallback pool missing, pointed at the field",
      code: `{"pools": [{"id": "${P1}", "name": "a", "origins": []}],\n "load_balancers": [{"name": "www.example.com", "default_pools": ["${P1}"], "fallback_pool": "${GONE}"}]}`,
      errors: [
        {
          line: 2,
          column: 121,
          endColumn: 155,
          pointer: "/load_balancers/0/fallback_pool",
          message:
            `pool "${GONE}" matches no pool in this run (1 with an id), and the API refuses a load balancer that names a ` +
            "pool that does not exist. Correct the id, or lint the pool's file together with this one",
        },
      ],
    },
    {
      name: "geo maps and rule overrides, reported in the load balancer's file",
      files: {
        "pools.json": { success: true, result: [pool(P1), pool(P2)] },
        "lb.json": lb({
          region_pools: { WEU: [P1, GONE] },
          pop_pools: { LAX: [GONE] },
          rules: [{ name: "api", condition: "true", overrides: { default_pools: [GONE] } }],
        }),
      },
      errors: [
        { file: "lb.json", pointer: "/region_pools/WEU/1" },
        { file: "lb.json", pointer: "/pop_pools/LAX/0" },
        { file: "lb.json", pointer: "/rules/0/overrides/default_pools/0", message: /matches no pool in this run \(2 with an id\)/ },
      ],
    },
    {
      name: "Terraform: a reference to a pool block the run does not declare, beside one it does",
      files: {
        "main.tf": [
          'resource "cloudflare_load_balancer_pool" "eu" {',
          '  name    = "eu"',
          '  origins = [{ name = "o1", address = "192.0.2.10" }]',
          "}",
          'resource "cloudflare_load_balancer" "www" {',
          '  name          = "www.example.com"',
          "  default_pools = [cloudflare_load_balancer_pool.eu.id, cloudflare_load_balancer_pool.us.id]",
          "  fallback_pool = cloudflare_load_balancer_pool.eu.id",
          "}",
        ].join("\n"),
      },
      errors: [{ line: 7, column: 57, message: /^pool "cloudflare_load_balancer_pool\.us" matches no pool in this run \(1 with an id\)/ }],
    },
  ],
});

describe("account/unknown-pool: one project per account", () => {
  const staging = { zones: ["staging.example.com"] };
  const production = { zones: ["example.com"] };
  const sources = [
    { path: "staging/pools.json", text: JSON.stringify([pool(P1)]) },
    { path: "prod/pools.json", text: JSON.stringify([pool(P2)]) },
    { path: "prod/lb.json", text: JSON.stringify(lb({ default_pools: [P2], fallback_pool: P1 })) },
  ];

  it("a pool of another account does not satisfy a reference", () => {
    const run = lintSources(sources, (path) => ({ account: path.startsWith("staging/") ? staging : production, rules: {} }), [rule]);
    const found = run.results.flatMap((r) => r.findings.map((f) => [r.filePath, f.pointer]));
    expect(found).toEqual([["prod/lb.json", "/fallback_pool"]]);
  });

  it("the same files under one account are consistent", () => {
    const run = lintSources(sources, () => ({ account: production, rules: {} }), [rule]);
    expect(run.results.flatMap((r) => r.findings)).toEqual([]);
  });
});
