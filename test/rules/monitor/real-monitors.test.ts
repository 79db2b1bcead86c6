import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lintSources } from "../../../src/engine/lint.js";
import { extract } from "../../../src/extract/index.js";

// Monitors written in the style of Cloudflare's API documentation, API responses and public
// Terraform examples: configurations that work must pass every rule.
const DIR = fileURLToPath(new URL("../../fixtures/monitors", import.meta.url));
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({ path: f, text: readFileSync(join(DIR, f), "utf8") }));

describe("real-world monitors", () => {
  it("are all recognised as monitors (and pools)", () => {
    const kinds = sources.flatMap((s) => extract(JSON.parse(s.text)).resources.map((r) => r.kind));
    expect(kinds.filter((k) => k === "monitor")).toHaveLength(12);
    expect(kinds.filter((k) => k === "pool")).toHaveLength(2);
  });

  it.each(["free", "enterprise", undefined] as const)("produce no findings at all (plan: %s) — warnings included", (plan) => {
    // Enterprise-only types (icmp_ping, smtp) are in the set, so a lower plan is expected to flag them.
    const account = plan ? { plan } : {};
    const run = lintSources(sources, () => ({ account, rules: {} }));
    const findings = run.results.flatMap((r) => r.findings.map((f) => `${r.filePath} ${f.pointer} ${f.ruleId}`));
    if (plan === "free")
      expect(findings).toEqual(["terraform-style.json /3/type monitor/enterprise-type", "terraform-style.json /4/type monitor/enterprise-type"]);
    else expect(findings).toEqual([]);
  });
});
