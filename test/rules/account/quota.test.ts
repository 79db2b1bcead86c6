import { describe, expect, it } from "vitest";
import rule from "../../../rules/account/quota.js";
import { lintSources } from "../../../src/engine/lint.js";
import { testRule } from "../../rule-tester.js";

const monitors = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}`, type: "tcp", port: 22 }));
const pools = (n: number, originsEach = 1) =>
  Array.from({ length: n }, (_, i) => ({
    name: `pool-${i}`,
    origins: Array.from({ length: originsEach }, (_, j) => ({ name: `o${j}`, address: `192.0.2.${j + 1}` })),
  }));

testRule(rule, {
  valid: [
    { name: "exactly at the quota", code: { monitors: monitors(5) }, account: { quotas: { monitors: 5 } } },
    { name: "quota unknown: silent", code: { monitors: monitors(50) } },
    { name: "Enterprise quotas are custom: silent", code: { pools: pools(25) }, account: { plan: "enterprise" } },
    { name: "20 pools on a self-service plan", code: { pools: pools(20) }, account: { plan: "pro" } },
    {
      name: "the same monitor in an export and its own file counts once",
      files: { "all.json": { monitors: monitors(2) }, "m0.json": monitors(1)[0]! },
      account: { quotas: { monitors: 2 } },
    },
  ],
  invalid: [
    {
      name: "one monitor over, at the sixth",
      code: { monitors: monitors(6) },
      account: { quotas: { monitors: 5 } },
      errors: [
        {
          pointer: "/monitors/5",
          message:
            "Quota exceeded. You are currently allowed 5 monitors. Please re-use or delete any unused monitors. " +
            "This run holds 6 monitors; this is number 6 (allowance from account.quotas.monitors)",
        },
      ],
    },
    {
      name: "origins across pools and files, against the plan's limit",
      files: { "a.json": { pools: pools(2, 10) }, "b.json": { success: true, result: pools(1, 3).map((p) => ({ ...p, name: "b" })) } },
      account: { plan: "business" },
      errors: [
        {
          file: "b.json",
          pointer: "/result/0/origins/0",
          message: /^Quota exceeded\. You are currently allowed 20 origins\. .* This run holds 23 origins; this is number 21 \(allowance from the documented limit for the business plan\)$/,
        },
      ],
    },
    {
      name: "monitors against 1.5 × the pool quota",
      code: { monitors: monitors(7) },
      account: { quotas: { pools: 4 } },
      errors: [{ pointer: "/monitors/6", message: /allowed 6 monitors\..*allowance from 1\.5 × account\.quotas\.pools\)$/ }],
    },
    {
      name: "load balancers",
      code: { load_balancers: [1, 2, 3].map((i) => ({ name: `lb${i}.example.com`, default_pools: ["p"], fallback_pool: "p" })) },
      account: { quotas: { load_balancers: 2 } },
      errors: [{ pointer: "/load_balancers/2", message: /^Quota exceeded\. You are currently allowed 2 load balancers\./ }],
    },
  ],
});

describe("account/quota: which account facts it asks for", () => {
  const needs = (code: object) =>
    lintSources([{ path: "a.json", text: JSON.stringify(code) }], () => ({ account: {}, rules: {} }), [rule]).neededFacts;

  it("asks for nothing while no documented limit could be passed", () => {
    expect(needs({ monitors: monitors(30), pools: pools(20) })).toEqual({ checks: 0, facts: [] });
  });

  it("asks for the plan once a documented limit is passed", () => {
    expect(needs({ pools: pools(21) })).toEqual({ checks: 1, facts: ["plan"] });
  });
});
