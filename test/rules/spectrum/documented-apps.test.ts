import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AccountFacts } from "../../../src/engine/account.js";
import { lintSources } from "../../../src/engine/lint.js";
import { cflint } from "../../cli/run-cli.js";

/**
 * Spectrum applications as Cloudflare documents them: the bodies of the API docs and
 * get-started guide, the Terraform provider's example and acceptance-test applications (written
 * out as API JSON), and the documented IPv6, port-range and virtual network forms. The API
 * accepts every one, so cflint must find nothing in them, with or without account facts.
 */
const DIR = fileURLToPath(new URL("../../fixtures/spectrum", import.meta.url));

/**
 * The provider's current example pairs dns.type CNAME with static edge IPs, which the API's
 * error reference and edge_ips schema reject with 11004; cflint follows the API there.
 */
const CONTRADICTS_API = "terraform-example-static-cname.json";

const ENTERPRISE: AccountFacts = {
  plan: "enterprise",
  spectrum: "enterprise",
  zones: ["example.com"],
  entitlements: { argo_smart_routing: true, byoip: true, ftp: true },
  virtual_networks: ["a5624d4e-044a-4ff0-b3e1-e2465353d4b4"],
};
const PAYG_PRO: AccountFacts = {
  plan: "pro",
  spectrum: "payg",
  zones: ["example.com"],
  entitlements: { argo_smart_routing: false, byoip: false, ftp: false },
};

const fixtures = readdirSync(DIR).filter((f) => f.endsWith(".json") && f !== CONTRADICTS_API).sort();
const read = (file: string) => ({ path: file, text: readFileSync(join(DIR, file), "utf8") });
const findingsOf = (files: string[], account: AccountFacts) =>
  lintSources(files.map(read), () => ({ account, rules: {} })).results.flatMap((r) =>
    r.findings.map((f) => `${r.filePath} ${f.pointer}: ${f.ruleId} ${f.message}`),
  );

describe("documented Spectrum applications", () => {
  it("there are fixtures to check", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures)("%s: nothing without account facts", (file) => {
    expect(findingsOf([file], {})).toEqual([]);
  });

  it.each(fixtures.filter((f) => !f.startsWith("payg-")))("%s: nothing on an Enterprise account with every entitlement", (file) => {
    expect(findingsOf([file], ENTERPRISE)).toEqual([]);
  });

  it("the Pay-as-you-go application: nothing on a Pro Pay-as-you-go account", () => {
    expect(findingsOf(["payg-three-fields.json"], PAYG_PRO)).toEqual([]);
  });

  it("all of them linted together on an Enterprise account (the cross-application rules)", () => {
    expect(findingsOf(fixtures.filter((f) => !f.startsWith("payg-")), ENTERPRISE)).toEqual([]);
  });

  it("the provider's static-IP example gets exactly the API's 11004", () => {
    const run = lintSources([read(CONTRADICTS_API)], () => ({ account: ENTERPRISE, rules: {} }));
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.code, f.pointer, f.line, f.column])).toEqual([
      ["spectrum/dns-type", "11004", "/dns/type", 4, 20],
    ]);
  });

  it("cflint check exits 0 on them", () => {
    expect(cflint(["check", ...fixtures], { cwd: DIR })).toEqual({ status: 0, stdout: expect.any(String), stderr: "" });
  });
});
