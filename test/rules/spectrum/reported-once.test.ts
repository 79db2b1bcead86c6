import { describe, expect, it } from "vitest";
import { lintSources } from "../../../src/engine/lint.js";

/**
 * Limits that the schema used to check are now reported by the rule with the API's precise
 * code, and only there: one finding per mistake, never a generic 400 beside it.
 */
const lint = (app: object) =>
  lintSources([{ path: "app.json", text: JSON.stringify(app, null, 2) }]).results[0]!.findings.map((f) => [f.ruleId, f.code, f.pointer]);

const base = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" } };

describe("Spectrum limits reported once, with the precise code", () => {
  it("origin_dns.ttl below 600 is 11001 only", () => {
    expect(lint({ ...base, origin_dns: { name: "origin.example.com", ttl: 60 }, origin_port: 22 })).toEqual([
      ["spectrum/origin-dns", "11001", "/origin_dns/ttl"],
    ]);
  });
  it("origin_port outside 1-65535 is 11002 only", () => {
    expect(lint({ ...base, origin_dns: { name: "origin.example.com" }, origin_port: 70000 })).toEqual([
      ["spectrum/origin-port", "11002", "/origin_port"],
    ]);
  });
  it("a ttl of the wrong type is still the schema's 400, and the rules skip the app", () => {
    expect(lint({ ...base, origin_dns: { name: "origin.example.com", ttl: "60" }, origin_port: 22 })).toEqual([
      ["spectrum/schema", "400", "/origin_dns/ttl"],
    ]);
  });
});
