import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { DEFAULT_SETTINGS } from "../../src/engine/lint.js";
import { fixSources } from "../../src/fix/run.js";
import { applyTextEdits } from "../../src/fix/text-edit.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";
import { documentArbitrary, fuzzSettings, propertyTimeout } from "../property/arbitraries.js";

// Objects shaped to trip the fixable rules, written out as people write JSON: any indentation,
// LF or CRLF, comments in JSONC.
const host = fc.constantFrom("shop.example.com", "https://shop.example.com/", "shop.example.com:443", "192.0.2.1", "");
const monitor = fc.record(
  {
    type: fc.constantFrom("http", "https", "tcp", "HTTP"),
    port: fc.constantFrom(80, 443, 8080, 0),
    header: fc.oneof(fc.record({ Host: fc.oneof(host, fc.array(host, { maxLength: 3 })) }), fc.constant({})),
    follow_redirect: fc.boolean(),
    follow_redirects: fc.boolean(),
    path: fc.constantFrom("/", "health", "/a b", "/café"),
    method: fc.constantFrom("GET", "connection_established"),
    timeout: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ["type"] },
);
const app = fc.record(
  {
    protocol: fc.constantFrom("tcp/22", "udp/53", "tcp/1000-1001", "tcp"),
    dns: fc.record({ type: fc.constantFrom("CNAME", "ADDRESS"), name: fc.constant("ssh.example.com") }),
    edge_ips: fc.constantFrom({ type: "dynamic", connectivity: "all" }, { type: "static", ips: ["198.51.100.1"] }),
    origin_direct: fc.array(fc.constantFrom("tcp://2001:db8::5:22", "udp://192.0.2.1:53", "192.0.2.1:22", "tcp://192.0.2.1:3000-3009"), { maxLength: 3 }),
    origin_dns: fc.record({ name: fc.constantFrom("origin.example.com", "https://origin.example.com/") }),
    origin_port: fc.constantFrom(22, "1000-1001"),
  },
  { requiredKeys: ["protocol", "dns"] },
);
const layout = fc.record({ indent: fc.constantFrom(0, 2, 4, "\t"), crlf: fc.boolean(), comment: fc.boolean() });

function write(value: unknown, { indent, crlf, comment }: { indent: number | string; crlf: boolean; comment: boolean }): string {
  let text = JSON.stringify(value, null, indent);
  // A comment after each opening brace of a multi-line object (JSONC).
  if (comment && indent !== 0) text = text.replace(/\{\n/g, "{ // kept\n");
  return crlf ? text.replace(/\n/g, "\r\n") : text;
}

describe("fixes on generated files", () => {
  it("always leave a file that parses, keep its comments and line endings, and settle", () => {
    fc.assert(
      fc.property(fc.oneof(monitor, app), layout, (value, style) => {
        const path = style.comment ? "x.jsonc" : "x.json";
        const text = write(value, style);
        const { sources, run } = fixSources([{ path, text }], () => DEFAULT_SETTINGS);
        const output = sources[0]!.text;
        expect(parseDocument(output, path).problems.filter((p) => p.kind === "syntax")).toEqual([]);
        expect(output.split("// kept").length).toBe(text.split("// kept").length);
        if (style.crlf) expect(output.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        else expect(output).not.toContain("\r");
        // Each suggestion, applied alone, leaves a file that parses too.
        for (const finding of run.results[0]!.findings) {
          for (const suggestion of finding.suggestions ?? []) {
            const suggested = applyTextEdits(output, [suggestion.fix]).output;
            expect(parseDocument(suggested, path).problems.filter((p) => p.kind === "syntax")).toEqual([]);
          }
        }
        // A second run has nothing left to fix.
        expect(fixSources([{ path, text: output }], () => DEFAULT_SETTINGS).sources[0]!.text).toBe(output);
      }),
      { numRuns: 300 },
    );
  });
});

describe("fixes and suggestions on generated YAML", { timeout: propertyTimeout }, () => {
  it("leave YAML that parses, however the document is laid out", async () => {
    await loadParsers(["x.yaml"]);
    const settings = { account: { plan: "enterprise" as const, zones: ["example.com"] }, rules: {} };
    fc.assert(
      fc.property(documentArbitrary(), fc.constantFrom(2, 4), fc.boolean(), (value, indent, indentSeq) => {
        // indentSeq false writes sequences at their key's own indentation ("key:\n- a").
        const text = stringify(value, { indent, indentSeq });
        const syntax = (t: string) => parseDocument(t, "x.yaml").problems.filter((p) => p.kind === "syntax");
        // The yaml package writes a key named "<<" plain, which YAML reads as a merge key: such
        // text does not parse before any fix (cflint says so), and is no case for this property.
        fc.pre(syntax(text).length === 0);
        const { sources, run } = fixSources([{ path: "x.yaml", text }], () => settings);
        expect(syntax(sources[0]!.text)).toEqual([]);
        for (const finding of run.results[0]!.findings) {
          for (const suggestion of finding.suggestions ?? []) expect(syntax(applyTextEdits(sources[0]!.text, [suggestion.fix]).output)).toEqual([]);
        }
      }),
      fuzzSettings(300),
    );
  });
});

/** A resource block as terraform fmt writes it: one-line arguments aligned in groups, objects as v5 attributes. */
function terraform(type: string, value: Record<string, unknown>, crlf: boolean): string {
  const body = (object: Record<string, unknown>, indent: string): string[] => {
    const lines: string[] = [];
    const keys = Object.keys(object);
    const isLine = (v: unknown) => typeof v !== "object" || v === null || Array.isArray(v);
    for (let i = 0; i < keys.length; ) {
      const key = keys[i]!;
      if (!isLine(object[key])) {
        lines.push(`${indent}${key} = {`, ...body(object[key] as Record<string, unknown>, indent + "  "), `${indent}}`);
        i++;
        continue;
      }
      let end = i;
      while (end < keys.length && isLine(object[keys[end]!])) end++;
      const group = keys.slice(i, end);
      const width = Math.max(...group.map((k) => k.length));
      for (const k of group) lines.push(`${indent}${k}${" ".repeat(width - k.length)} = ${JSON.stringify(object[k]).replace(/,/g, ", ")}`);
      i = end;
    }
    return lines;
  };
  return [`resource "${type}" "x" {`, ...body(value, "  "), "}", ""].join(crlf ? "\r\n" : "\n");
}

describe("fixes on generated Terraform files", { timeout: propertyTimeout }, () => {
  it("always leave a file that parses, keep its line endings, and settle", async () => {
    await loadParsers(["m.tf"]);
    const resource = fc.oneof(
      monitor.map((value) => ["cloudflare_load_balancer_monitor", value] as const),
      app.map((value) => ["cloudflare_spectrum_application", value] as const),
    );
    fc.assert(
      fc.property(resource, fc.boolean(), ([type, value], crlf) => {
        const text = terraform(type, value, crlf);
        const syntax = (t: string) => parseDocument(t, "m.tf").problems.filter((p) => p.kind === "syntax");
        expect(syntax(text)).toEqual([]);
        const { sources, run } = fixSources([{ path: "m.tf", text }], () => DEFAULT_SETTINGS);
        const output = sources[0]!.text;
        expect(syntax(output)).toEqual([]);
        if (crlf) expect(output.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        else expect(output).not.toContain("\r");
        for (const finding of run.results[0]!.findings) {
          for (const suggestion of finding.suggestions ?? []) expect(syntax(applyTextEdits(output, [suggestion.fix]).output)).toEqual([]);
        }
        expect(fixSources([{ path: "m.tf", text: output }], () => DEFAULT_SETTINGS).sources[0]!.text).toBe(output);
      }),
      fuzzSettings(300),
    );
  });
});
