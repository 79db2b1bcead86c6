import { describe, expect, it } from "vitest";
import { lintSources } from "../../../src/engine/lint.js";

// The Load Balancing API answers every schema violation with 1002 ("validation failed"), not a bare 400.
function schemaFindings(text: string) {
  return lintSources([{ path: "x.json", text }]).results[0]!.findings.filter((f) => f.ruleId.endsWith("/schema"));
}

describe("schema violations on Load Balancing objects predict 1002", () => {
  it.each([
    ["monitor", '{"type": "HTTPS", "interval": 60}', "/type"],
    ["monitor in an envelope", '{"success": true, "result": {"type": "tcp", "port": 70000}}', "/result/port"],
    ["pool", '{"name": "p", "origins": [{"address": "192.0.2.1", "weight": 2}]}', "/origins/0/weight"],
    ["load balancer", '{"name": "lb.example.com", "default_pools": ["a"], "fallback_pool": "a", "steering_policy": "fastest"}', "/steering_policy"],
  ])("%s", (_kind, text, pointer) => {
    expect(schemaFindings(text).map((f) => [f.code, f.pointer])).toEqual([["1002", pointer]]);
  });

  it("while the Spectrum API answers 400", () => {
    const findings = schemaFindings(
      '{"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "ssh.example.com"}, "origin_direct": ["tcp://192.0.2.1:22"], "proxy_protocol": "v9"}',
    );
    expect(findings.map((f) => f.code)).toEqual(["400"]);
  });
});
