import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { visit } from "jsonc-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { lookupCode } from "../../src/codes/index.js";
import { lintFiles, lintSources, type FileResult, type LintRun, type LintSettings } from "../../src/engine/index.js";
import type { Kind } from "../../src/extract/index.js";
import { allRules } from "../../src/engine/registry.js";
import { formatJson } from "../../src/formatters/json.js";
import { excessiveNesting, MAX_DEPTH } from "../../src/parse/depth.js";
import { formatSarif } from "../../src/formatters/sarif.js";
import { formatStylish } from "../../src/formatters/stylish.js";
import { fixSources } from "../../src/fix/run.js";
import { applyTextEdits } from "../../src/fix/text-edit.js";
import { loadParsers } from "../../src/parse/index.js";
import { splitPointer } from "../../src/parse/pointer.js";
import { validate } from "../../src/schema/index.js";
import { HAVE_SARIF_SCHEMA, sarifSchemaErrors, tempRepo } from "../formatters/helpers.js";
import { asHcl, asText, documentArbitrary, fuzzSettings, propertyTimeout, resourceArbitrary, TERRAFORM_TYPE, yamlOf } from "./arbitraries.js";

const RULES = new Map(allRules().map((rule) => [rule.id, rule]));
// One account for every file, so that they are linted as one project.
const SETTINGS: LintSettings = { account: {}, rules: {} };
const settingsFor = () => SETTINGS;

/** What a user would notice were any of it false: a known rule and code, a real place in the file, output that parses. */
function assertSound(run: LintRun, texts: ReadonlyMap<string, string>): void {
  for (const result of run.results) {
    const text = texts.get(result.filePath);
    expect(text, result.filePath).toBeDefined();
    const lines = text!.split(/\r\n|\r|\n/);
    for (const finding of result.findings) {
      const where = `${result.filePath}: ${JSON.stringify(finding)}`;
      expect(finding.ruleId, `a rule crashed: ${where}`).not.toBe("core/rule-crashed");
      const rule = RULES.get(finding.ruleId);
      expect(rule, where).toBeDefined();
      expect(finding.code, where).toBe(rule!.predicts);
      expect(lookupCode(finding.code), where).toBeDefined();
      expect(finding.severity === "error" || finding.severity === "warning", where).toBe(true);
      for (const [line, column] of [
        [finding.line, finding.column],
        [finding.endLine, finding.endColumn],
      ] as const) {
        expect(Number.isInteger(line) && line >= 1 && line <= lines.length, where).toBe(true);
        expect(Number.isInteger(column) && column >= 1 && column <= lines[line - 1]!.length + 1, where).toBe(true);
      }
      expect(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column), where).toBe(true);
    }
  }
  const input = { results: run.results, cwd: "/project", neededFacts: run.neededFacts, color: false };
  expect(() => JSON.parse(formatJson(input))).not.toThrow();
  expect(typeof formatStylish(input)).toBe("string");
}

/** A SARIF log of the run that the SARIF 2.1.0 schema accepts (when ../shared holds the schema). */
function expectValidSarif(run: LintRun): void {
  if (!HAVE_SARIF_SCHEMA) return;
  sarifRepo ??= tempRepo().sub;
  const log = JSON.parse(formatSarif({ results: run.results, cwd: sarifRepo, neededFacts: run.neededFacts, color: false })) as unknown;
  expect(sarifSchemaErrors(log)).toEqual([]);
}
let sarifRepo: string | undefined;

function lint(files: readonly { path: string; text: string }[]): LintRun {
  const run = lintSources(files, settingsFor);
  assertSound(run, new Map(files.map((f) => [f.path, f.text])));
  return run;
}

/** The JSON report with files in path order: what must not depend on the order files were given in. */
function report(results: readonly FileResult[]): string {
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
  return formatJson({ results: sorted, cwd: "/project", neededFacts: { checks: 0, facts: [] }, color: false });
}

beforeAll(() => loadParsers(["a.yaml", "main.tf"]));

describe("properties of linting", { timeout: propertyTimeout }, () => {
  it("any JSON value, in .json or .jsonc: no throw, every finding sound", () => {
    fc.assert(
      fc.property(asText(fc.jsonValue()), fc.constantFrom("a.json", "a.jsonc"), (text, path) => {
        lint([{ path, text }]);
      }),
      fuzzSettings(200),
    );
  });

  it("any text at all, brackets and quotes favoured: no throw, every finding sound", () => {
    const piece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), fc.constantFrom("{", "}", "[", "]", '"', "\\", ":", ",", "//", "/*", "*/", "\n", "\r", "\ufeff", "1e400", "<<<<<<< HEAD\n", "[".repeat(MAX_DEPTH + 1), '{"a":'.repeat(MAX_DEPTH + 1)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom("a.json", "a.jsonc"), (pieces, path) => {
        lint([{ path, text: pieces.join("") }]);
      }),
      fuzzSettings(300),
    );
  });

  it("the nesting bound sees every bracket the parser reads, so no text gets past it too deep", () => {
    // A few tokens that open or close strings, comments and levels, then a run one level short of
    // the bound: any bracket in the prefix that the bound missed but the parser read goes past it.
    const token = fc.oneof(
      { weight: 1, arbitrary: fc.string({ maxLength: 2 }) },
      { weight: 6, arbitrary: fc.constantFrom('"', "\\", "//", "/*", "*/", "\n", "\r", "[", "]", "{", "}", ":", ",") },
    );
    const run = fc.constantFrom("[".repeat(MAX_DEPTH), '{"a":'.repeat(MAX_DEPTH));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 6 }), run, fc.boolean(), (prefix, deep, comments) => {
        const text = prefix.join("") + deep;
        if (excessiveNesting(text) !== undefined) return;
        let depth = 0;
        let deepest = 0;
        const open = () => void (deepest = Math.max(deepest, ++depth));
        const close = () => void depth--;
        visit(text, { onObjectBegin: open, onArrayBegin: open, onObjectEnd: close, onArrayEnd: close }, { disallowComments: !comments, allowTrailingComma: comments });
        expect(deepest).toBeLessThanOrEqual(MAX_DEPTH);
      }),
      fuzzSettings(2000),
    );
  });

  it("monitors, pools, load balancers and Spectrum apps shaped by the schema: no throw, every finding sound, valid SARIF", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(asText(documentArbitrary()), (text) => {
        const run = lint([{ path: "config.json", text }]);
        for (const result of run.results) for (const f of result.findings) seen.add(f.ruleId);
        expectValidSarif(run);
      }),
      fuzzSettings(300),
    );
    // The generator reaches past the schema into the rules; were it broken, only schema findings would show.
    expect([...seen].filter((id) => !id.startsWith("core/") && !id.endsWith("/schema")).length).toBeGreaterThanOrEqual(2);
  });

  it("any text as YAML or Terraform HCL, their syntax favoured: no throw, every finding sound", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 6 }),
      // YAML
      fc.constantFrom(": ", "- ", "---\n", "&a ", "*a", "<<: ", "!!int ", "!!str ", "|\n", ">-\n", "  ", "\t", "#", "'", '"', "?", "{", "}", "[", "]", ",", "\n", "\r\n", "\r", "\ufeff"),
      // HCL
      fc.constantFrom(
        'resource "cloudflare_load_balancer_monitor" "m" {\n',
        'resource "cloudflare_load_balancer_pool" "p" {\n',
        "origins {\n",
        'dynamic "origins" {\n',
        "content {\n",
        " = ",
        "<<EOT\n",
        "<<-EOT\n",
        "EOT\n",
        "${",
        "%{",
        "$${",
        "var.x",
        "(",
        ")",
        "//",
        "/*",
        "*/",
        "type",
        "address",
        '"192.0.2.1"',
        "-1",
        "true",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom("a.yaml", "main.tf"), (pieces, path) => {
        lint([{ path, text: pieces.join("") }]);
      }),
      fuzzSettings(300),
    );
  });

  it("resources shaped by the schema, written as YAML and as Terraform HCL: no throw, every finding sound, no syntax error", () => {
    const kinds = ["monitor", "pool", "load_balancer", "spectrum_app"] as const;
    const hcl = fc.constantFrom(...kinds).chain((kind) => asHcl(kind, resourceArbitrary(kind)));
    // In block or flow style, strings plain, quoted or as block scalars.
    const yamlOptions = fc.record({
      collectionStyle: fc.constantFrom("any", "block", "flow"),
      defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
      indent: fc.constantFrom(2, 4),
    } as const);
    const yaml = fc.tuple(documentArbitrary(), yamlOptions).map(([value, options]) => yamlOf(value, options));
    fc.assert(
      fc.property(fc.oneof(hcl.map((text) => ({ path: "main.tf", text })), yaml.map((text) => ({ path: "config.yaml", text }))), (file) => {
        // Both writers write valid text: a parse error would be cflint refusing a valid file.
        const parseErrors = lint([file]).results[0]!.findings.filter((f) => f.ruleId === "core/parse-error");
        expect(parseErrors, file.text).toEqual([]);
      }),
      fuzzSettings(300),
    );
  });

  it("the same value as JSON and as YAML gives the same findings, but for YAML's own warnings", () => {
    const options = fc.record({ collectionStyle: fc.constantFrom("block", "flow"), defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE") } as const);
    const what = (path: string, text: string) =>
      lint([{ path, text }])
        .results[0]!.findings.filter((f) => !f.ruleId.startsWith("core/yaml-"))
        // A message naming another object names its file.
        .map((f) => `${f.ruleId} ${f.pointer} ${f.message.replaceAll(path, "<file>")}`)
        .sort();
    fc.assert(
      fc.property(documentArbitrary(), options, (value, style) => {
        expect(what("config.yaml", yamlOf(value, style))).toEqual(what("config.json", JSON.stringify(value, null, 2)));
      }),
      fuzzSettings(200),
    );
  });

  it("a resource the schema accepts gives the same findings as API JSON, as Terraform (HCL and JSON) and in a plan", () => {
    // The JSON is told its kind, as the HCL's resource type tells it.
    const rules = (path: string, text: string, kind?: Kind) =>
      lintSources([{ path, text }], () => ({ ...SETTINGS, ...(kind ? { kind } : {}) }))
        .results[0]!.findings.map((f) => f.ruleId)
        .sort();
    const kinds = ["monitor", "pool", "load_balancer", "spectrum_app"] as const;
    const resource = fc.constantFrom(...kinds).chain((kind) => fc.tuple(fc.constant(kind), resourceArbitrary(kind)));
    let compared = 0;
    fc.assert(
      fc.property(resource, fc.context(), ([kind, generated], context) => {
        if (generated === null || typeof generated !== "object" || Array.isArray(generated)) return;
        // Terraform converts the types the schema would refuse, so only values it accepts compare:
        // the fields it refuses are left out.
        const value: Record<string, unknown> = { ...generated };
        for (const violation of validate(kind, value)) delete value[splitPointer(violation.at)[0] ?? ""];
        if (validate(kind, value).length > 0) return;
        const json = rules("config.json", JSON.stringify(value, null, 2), kind);
        compared++;
        const hcl = fc.sample(asHcl(kind, fc.constant(value), { heredocs: false }), { numRuns: 1, seed: compared })[0]!;
        context.log(hcl);
        expect(rules("main.tf", hcl)).toEqual(json);
        // And in Terraform's JSON syntax, where a literal ${ is written $${.
        const type = TERRAFORM_TYPE[kind];
        const escaped = JSON.stringify(value).replace(/\$\{/g, "$$$${").replace(/%\{/g, "%%{");
        expect(rules("main.tf.json", `{"resource": {"${type}": {"r": ${escaped}}}}`)).toEqual(json);
        // And as the planned values of a Terraform plan.
        const plan = { format_version: "1.2", planned_values: { root_module: { resources: [{ address: `${type}.r`, mode: "managed", type, name: "r", values: value }] } } };
        expect(rules("plan.json", JSON.stringify(plan, null, 2))).toEqual(json);
      }),
      fuzzSettings(600),
    );
    expect(compared).toBeGreaterThan(100);
  });

  it("strict JSON read the fast way (.json) and by the tree parser (.jsonc) gives the same findings at the same places", () => {
    const what = (path: string, text: string) =>
      lint([{ path, text }]).results[0]!.findings.map(
        (f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} ${f.pointer} ${f.message.replaceAll(path, "<file>")} ${JSON.stringify(f.fix ?? null)}`,
      );
    fc.assert(
      fc.property(asText(documentArbitrary()), (text) => {
        expect(what("config.json", text)).toEqual(what("config.jsonc", text));
      }),
      fuzzSettings(200),
    );
  });

  it("--fix on JSON, JSONC and YAML with comments: the fixed text still parses and keeps its comments, the fixes settle, and each suggestion alone leaves valid text", () => {
    // Comment lines and comments at line ends, at arbitrary places of a text whose scalars are one line each.
    const commented = (text: string, marker: string, spots: number[]) => {
      const lines = text.split("\n");
      for (const spot of spots) {
        const i = spot % lines.length;
        if (spot % 2 === 1) lines.splice(i, 0, `${/^\s*/.exec(lines[i] ?? "")![0]}${marker} note ${spot}`);
        else if (lines[i]!.trim() !== "" && !lines[i]!.trim().startsWith(marker)) lines[i] += ` ${marker} about this line`;
      }
      return lines.join("\n");
    };
    const spots = fc.array(fc.nat(), { maxLength: 6 });
    const file = fc.oneof(
      asText(documentArbitrary()).map((text) => ({ path: "config.json", text })),
      fc.tuple(documentArbitrary(), spots).map(([value, at]) => ({ path: "config.jsonc", text: commented(JSON.stringify(value, null, 2), "//", at) })),
      fc
        .tuple(documentArbitrary(), spots)
        .map(([value, at]) => ({ path: "config.yaml", text: commented(yamlOf(value, { defaultStringType: "QUOTE_DOUBLE", lineWidth: 0 }), "#", at) })),
    );
    const parses = (path: string, text: string) => !lintSources([{ path, text }], settingsFor).results[0]!.findings.some((f) => f.ruleId === "core/parse-error");
    let changed = 0;
    let suggested = 0;
    fc.assert(
      fc.property(file, (source) => {
        const { run, sources } = fixSources([source], settingsFor);
        const fixed = sources[0]!.text;
        if (fixed !== source.text) changed++;
        assertSound(run, new Map([[source.path, fixed]]));
        expect(parses(source.path, fixed), fixed).toBe(true);
        for (const comment of source.text.match(/(#|\/\/) note \d+/g) ?? []) expect(fixed, fixed).toContain(comment);
        // Settled: what is left has no fix (none that keeps undoing another).
        expect(run.results[0]!.findings.filter((f) => f.fix), fixed).toEqual([]);
        for (const finding of lintSources([source], settingsFor).results[0]!.findings) {
          for (const suggestion of finding.suggestions ?? []) {
            suggested++;
            const applied = applyTextEdits(source.text, [suggestion.fix]).output;
            expect(parses(source.path, applied), `${suggestion.desc}\n${applied}`).toBe(true);
          }
        }
      }),
      fuzzSettings(200),
    );
    // Were the generator to stop reaching fixable findings, this would test nothing.
    expect(changed).toBeGreaterThan(0);
    expect(suggested).toBeGreaterThan(0);
  });

  it("a comment before each finding's line, in JSONC, YAML or HCL, silences it and is used", () => {
    const kinds = ["monitor", "pool", "load_balancer", "spectrum_app"] as const;
    const file = fc.oneof(
      documentArbitrary().map((value) => ({ path: "config.jsonc", text: JSON.stringify(value, null, 2), marker: "//" })),
      documentArbitrary().map((value) => ({ path: "config.yaml", text: yamlOf(value, { defaultStringType: "QUOTE_DOUBLE", lineWidth: 0 }), marker: "#" })),
      fc.constantFrom(...kinds).chain((kind) => asHcl(kind, resourceArbitrary(kind), { heredocs: false }).map((text) => ({ path: "main.tf", text, marker: "#" }))),
    );
    let silenced = 0;
    fc.assert(
      fc.property(file, ({ path, text, marker }) => {
        const findings = lint([{ path, text }]).results[0]!.findings;
        if (findings.length === 0) return;
        const rulesAt = new Map<number, Set<string>>();
        for (const f of findings) rulesAt.set(f.line, (rulesAt.get(f.line) ?? new Set()).add(f.ruleId));
        const lines = text.split("\n").flatMap((line, i) => {
          const rules = rulesAt.get(i + 1);
          return rules ? [`${/^\s*/.exec(line)![0]}${marker} cflint-disable-next-line ${[...rules].join(", ")} -- reviewed`, line] : [line];
        });
        const after = lint([{ path, text: lines.join("\n") }]).results[0]!.findings;
        expect(after.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`), lines.join("\n")).toEqual([]);
        silenced++;
      }),
      fuzzSettings(200),
    );
    expect(silenced).toBeGreaterThan(100);
  });

  it("objects in one bundle or each in a file of its own give the same findings, across objects too", () => {
    const kinds = ["monitor", "pool", "load_balancer", "spectrum_app"] as const;
    const LIST = { monitor: "monitors", pool: "pools", load_balancer: "load_balancers", spectrum_app: "spectrum_apps" } as const;
    const object = fc.constantFrom(...kinds).chain((kind) => fc.tuple(fc.constant(kind), resourceArbitrary(kind)));
    const account = {};
    const kindSettings = new Map(kinds.map((kind) => [kind, { account, rules: {}, kind }]));
    fc.assert(
      fc.property(fc.array(object, { minLength: 2, maxLength: 5 }), (generated) => {
        // In the bundle's order (its lists in turn), so that rules across objects meet them in the same order.
        const objects = generated
          .filter(([, value]) => value !== null && typeof value === "object" && !Array.isArray(value))
          .sort(([a], [b]) => kinds.indexOf(a) - kinds.indexOf(b));
        if (objects.length === 0) return;
        const bundle: Record<string, unknown[]> = {};
        const fileOf = new Map<string, string>(); // a bundle item's pointer -> its own file
        const files = objects.map(([kind, value], i) => {
          const list = (bundle[LIST[kind]] ??= []);
          fileOf.set(`/${LIST[kind]}/${list.length}`, `f${i}.json`);
          list.push(value);
          return { path: `f${i}.json`, text: JSON.stringify(value, null, 2), kind };
        });
        // A finding as "file pointer rule message", a bundle item's place written as its own file's.
        const inBundle = (pointer: string) => {
          const [, list, index, rest] = /^\/(\w+)\/(\d+)(.*)$/.exec(pointer)!;
          return [fileOf.get(`/${list}/${index}`)!, rest!] as const;
        };
        const message = (text: string) => text.replace(/bundle\.json (\/\w+\/\d+)/g, (_, at: string) => inBundle(at)[0]);
        const fromBundle = lintSources([{ path: "bundle.json", text: JSON.stringify(bundle, null, 2) }], () => ({ account, rules: {} }))
          .results[0]!.findings.map((f) => [...inBundle(f.pointer), f.ruleId, message(f.message)].join(" "));
        const fromFiles = lintSources(files, (path) => kindSettings.get(files.find((f) => f.path === path)!.kind)!).results.flatMap((r) =>
          r.findings.map((f) => [r.filePath, f.pointer, f.ruleId, f.message].join(" ")),
        );
        expect(fromBundle.sort()).toEqual(fromFiles.sort());
      }),
      fuzzSettings(200),
    );
  });

  it("is deterministic and blind to file order: the same files give byte-identical output", () => {
    const files = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), asText(documentArbitrary())), {
      minLength: 1,
      maxLength: 4,
      selector: ([name]) => name,
    });
    fc.assert(
      fc.property(files, fc.func(fc.integer()), (named, order) => {
        const sources = named.map(([name, text]) => ({ path: `${name}.json`, text }));
        const shuffled = [...sources].sort((a, b) => order(a.path) - order(b.path) || (a.path < b.path ? -1 : 1));
        const first = lint(sources);
        expect(report(lint(sources).results)).toBe(report(first.results));
        expect(report(lint(shuffled).results)).toBe(report(first.results));
        expect(lint(shuffled).neededFacts).toEqual(first.neededFacts);
      }),
      fuzzSettings(100),
    );
  });

  it("any bytes in a file: no throw, every finding sound against the text as shown, valid SARIF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-bytes-"));
    const valid = asText(documentArbitrary()).map((t) => new Uint8Array(Buffer.from(t)));
    // Valid documents with bytes spliced in, and bytes at random.
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.tuple(valid, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([doc, junk, at]) => {
        const i = at % (doc.length + 1);
        return new Uint8Array([...doc.subarray(0, i), ...junk, ...doc.subarray(i)]);
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (content) => {
        writeFileSync(join(dir, "f.json"), content);
        const run = await lintFiles(["f.json"], settingsFor, dir);
        expectValidSarif(run);
        // Positions count what an editor shows: the text decoded, bad bytes as one character each.
        assertSound(run, new Map([["f.json", new TextDecoder("utf-8", { ignoreBOM: true }).decode(content)]]));
        // Bad bytes are reported, never replaced with U+FFFD and quoted as if the file held that.
        if (!Buffer.from(content).includes(Buffer.from("\ufffd"))) {
          for (const finding of run.results[0]!.findings) expect(finding.message).not.toContain("\ufffd");
        }
      }),
      fuzzSettings(200),
    );
  });
});
