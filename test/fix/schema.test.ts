import { describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/lint.js";
import { applyTextEdits } from "../../src/fix/text-edit.js";

function schemaFinding(text: string, kind?: "pool") {
  const settings = { account: {}, rules: {}, ...(kind ? { kind } : {}) };
  return lintSources([{ path: "x.json", text }], () => settings).results[0]!.findings.find((f) => f.ruleId.endsWith("/schema"));
}

describe("fixes for schema violations", () => {
  it("wraps a Host header given as a string in a list, and the re-lint finds the monitor valid", () => {
    const text = '{\n  "type": "https",\n  "header": {"Host": "shop.example.com"}\n}';
    const finding = schemaFinding(text)!;
    expect(finding).toMatchObject({ ruleId: "monitor/schema", pointer: "/header/Host" });
    const output = applyTextEdits(text, [finding.fix!]).output;
    expect(output).toBe('{\n  "type": "https",\n  "header": {"Host": ["shop.example.com"]}\n}');
    expect(schemaFinding(output)).toBeUndefined();
  });

  it("wraps any single string where the API wants a list of strings", () => {
    const text = '{"name": "p", "origins": [{"name": "a", "address": "192.0.2.1"}], "check_regions": "WNAM"}';
    const output = applyTextEdits(text, [schemaFinding(text)!.fix!]).output;
    expect(output).toBe('{"name": "p", "origins": [{"name": "a", "address": "192.0.2.1"}], "check_regions": ["WNAM"]}');
    expect(schemaFinding(output)).toBeUndefined();
  });

  it("offers nothing where a list of one string would still be wrong", () => {
    // origins holds objects: ["192.0.2.1"] is no better than "192.0.2.1".
    expect(schemaFinding('{"name": "p", "origins": "192.0.2.1"}', "pool")).toMatchObject({ pointer: "/origins" });
    expect(schemaFinding('{"name": "p", "origins": "192.0.2.1"}', "pool")).not.toHaveProperty("fix");
    // A string where a number is wanted has no single right reading.
    expect(schemaFinding('{"type": "tcp", "port": "22"}')).not.toHaveProperty("fix");
  });
});
