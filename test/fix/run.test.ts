import { describe, expect, it } from "vitest";
import { RULES } from "../../rules/index.js";
import { DEFAULT_SETTINGS } from "../../src/engine/lint.js";
import { defineRule } from "../../src/engine/rule.js";
import { fixSources, MAX_PASSES } from "../../src/fix/run.js";

/** Two rules whose fixes replace the same value: only one can apply per pass. */
const trim = defineRule({
  id: "monitor/test-trim",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1002",
  description: "test: description without surrounding spaces",
  check(monitor, ctx) {
    const d = monitor.description;
    if (typeof d === "string" && d.trim() !== d) ctx.report({ at: "/description", message: "spaces", fix: { op: "replace", at: "/description", value: d.trim() } });
  },
});
const lower = defineRule({
  id: "monitor/test-lower",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "1002",
  description: "test: description in lower case",
  check(monitor, ctx) {
    const d = monitor.description;
    if (typeof d === "string" && d.toLowerCase() !== d)
      ctx.report({ at: "/description", message: "case", fix: { op: "replace", at: "/description", value: d.toLowerCase() } });
  },
});
/** A fix that undoes itself: it never settles. */
const toggle = defineRule({
  id: "monitor/test-toggle",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1002",
  description: "test: flips allow_insecure",
  check(monitor, ctx) {
    if (typeof monitor.allow_insecure === "boolean")
      ctx.report({ at: "/allow_insecure", message: "flip", fix: { op: "replace", at: "/allow_insecure", value: !monitor.allow_insecure } });
  },
});

const settings = () => DEFAULT_SETTINGS;

describe("the fix loop", () => {
  it("applies overlapping fixes over several passes until none is left", () => {
    let passes = 0;
    const counting = defineRule({ ...trim, check: (m, ctx) => (passes++, trim.check(m, ctx)) });
    const { sources, run } = fixSources([{ path: "m.json", text: '{"type": "http", "description": " Shop "}' }], settings, undefined, [counting, lower]);
    expect(sources[0]!.text).toBe('{"type": "http", "description": "shop"}');
    expect(run.results[0]!.findings).toEqual([]);
    // One lint per pass, and one that finds nothing left to fix.
    expect(passes).toBe(3);
  });

  it("stops after MAX_PASSES when fixes never settle, and reports what remains", () => {
    const { sources, run } = fixSources([{ path: "m.json", text: '{"type": "https", "allow_insecure": true}' }], settings, undefined, [toggle]);
    // An even number of flips: back where it started, still fixable.
    expect(MAX_PASSES % 2).toBe(0);
    expect(sources[0]!.text).toBe('{"type": "https", "allow_insecure": true}');
    expect(run.results[0]!.findings.map((f) => f.ruleId)).toEqual(["monitor/test-toggle"]);
  });

  it("applies only the fixes of findings that are reported", () => {
    const errorsOnly = (r: ReturnType<typeof fixSources>["run"]) =>
      r.results.map((res) => ({ ...res, findings: res.findings.filter((f) => f.severity === "error") }));
    const { sources } = fixSources([{ path: "m.json", text: '{"type": "http", "description": " Shop "}' }], settings, errorsOnly, [trim, lower]);
    expect(sources[0]!.text).toBe('{"type": "http", "description": "Shop"}');
  });

  it("repairs a JSONC file with the real rules, keeping its comments and CRLF line endings", () => {
    const text = [
      "{",
      "  // the storefront's health check",
      '  "type": "https",',
      '  "header": {"Host": "https://shop.example.com/"}, /* from the docs */',
      '  "port": 80,',
      '  "follow_redirect": true,',
      '  "path": "health"',
      "}",
      "",
    ].join("\r\n");
    const { sources, run } = fixSources([{ path: "m.jsonc", text }], settings, undefined, RULES);
    expect(sources[0]!.text).toBe(
      [
        "{",
        "  // the storefront's health check",
        '  "type": "https",',
        '  "header": {"Host": ["shop.example.com"]}, /* from the docs */',
        '  "follow_redirects": true,',
        '  "path": "/health"',
        "}",
        "",
      ].join("\r\n"),
    );
    expect(run.results[0]!.findings).toEqual([]);
  });

  it("leaves a file it cannot improve as it was", () => {
    const text = '{"type": "https", "header": {"Host": ["192.0.2.1"]}}';
    const { sources, run } = fixSources([{ path: "m.json", text }], settings, undefined, RULES);
    expect(sources[0]!.text).toBe(text);
    expect(run.results[0]!.findings.map((f) => f.ruleId)).toEqual(["monitor/https-host-not-hostname"]);
  });

  it("fixes every file of a project, by the findings each one gets", () => {
    const { sources } = fixSources(
      [
        { path: "m.json", text: '{"id": "7a9c1e3f5b7d4e2a8c6f0b2d4e6a8c0e", "type": "https", "header": {"Host": ["shop.example.com"]}}' },
        {
          path: "p.json",
          text: '{"name": "p", "monitor": "7a9c1e3f5b7d4e2a8c6f0b2d4e6a8c0e", "origins": [{"name": "a", "address": "https://a.example.net/", "header": {"Host": ["a.example.net:443"]}}]}',
        },
      ],
      settings,
      undefined,
      RULES,
    );
    expect(sources[0]!.text).toBe('{"id": "7a9c1e3f5b7d4e2a8c6f0b2d4e6a8c0e", "type": "https", "header": {"Host": ["shop.example.com"]}}');
    expect(sources[1]!.text).toBe(
      '{"name": "p", "monitor": "7a9c1e3f5b7d4e2a8c6f0b2d4e6a8c0e", "origins": [{"name": "a", "address": "a.example.net", "header": {"Host": ["a.example.net"]}}]}',
    );
  });
});
