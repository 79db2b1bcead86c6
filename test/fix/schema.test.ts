import { beforeAll, describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/lint.js";
import { applyTextEdits } from "../../src/fix/text-edit.js";
import { loadParsers } from "../../src/parse/index.js";

beforeAll(() => loadParsers(["m.yaml"]));

function schemaFinding(text: string, kind?: "pool", path = "x.json") {
  const settings = { account: {}, rules: {}, ...(kind ? { kind } : {}) };
  return lintSources([{ path, text }], () => settings).results[0]!.findings.find((f) => f.ruleId.endsWith("/schema"));
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

  it("quotes a number or boolean written where the API wants a string, as it was written", () => {
    const yaml = "type: https\nheader: {Host: [a.example.com]}\nexpected_codes: 200\n";
    const output = applyTextEdits(yaml, [schemaFinding(yaml, undefined, "m.yaml")!.fix!]).output;
    expect(output).toBe('type: https\nheader: {Host: [a.example.com]}\nexpected_codes: "200"\n');
    expect(schemaFinding(output, undefined, "m.yaml")).toBeUndefined();
    // The text, not the number it was read as: 1.0 would come back as "1".
    const decimal = "type: https\nheader: {Host: [a.example.com]}\ndescription: 1.0\n";
    expect(applyTextEdits(decimal, [schemaFinding(decimal, undefined, "m.yaml")!.fix!]).output).toContain('description: "1.0"');
    const json = '{"type": "http", "follow_redirects": true, "description": false}';
    expect(applyTextEdits(json, [schemaFinding(json)!.fix!]).output).toBe('{"type": "http", "follow_redirects": true, "description": "false"}');
  });

  it("leaves a tagged YAML scalar alone: quoting it would keep the tag, and the tag is no implicit typing", () => {
    const text = "type: https\nheader: {Host: [a.example.com]}\nexpected_codes: !!int 200\n";
    const findings = lintSources([{ path: "m.yaml", text }]).results[0]!.findings;
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([["monitor/schema", "`expected_codes` must be a string, got 200"]]);
    expect(findings[0]).not.toHaveProperty("fix");
  });

  it("offers nothing where a list of one string would still be wrong", () => {
    // origins holds objects: ["192.0.2.1"] is no better than "192.0.2.1".
    expect(schemaFinding('{"name": "p", "origins": "192.0.2.1"}', "pool")).toMatchObject({ pointer: "/origins" });
    expect(schemaFinding('{"name": "p", "origins": "192.0.2.1"}', "pool")).not.toHaveProperty("fix");
    // A string where a number is wanted has no single right reading.
    expect(schemaFinding('{"type": "tcp", "port": "22"}')).not.toHaveProperty("fix");
  });
});
