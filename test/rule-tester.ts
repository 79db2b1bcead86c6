import { beforeAll, describe, expect, it } from "vitest";
import type { AccountFacts } from "../src/engine/account.js";
import type { Finding } from "../src/engine/finding.js";
import { lintSources } from "../src/engine/lint.js";
import type { Rule } from "../src/engine/rule.js";
import type { Kind } from "../src/extract/index.js";
import { applyTextEdits } from "../src/fix/text-edit.js";
import { loadParsers } from "../src/parse/index.js";

/**
 * ESLint-style rule tables. A case is one document (`code`, an object written out with two-space
 * indentation, or exact text when positions matter) or several files linted together (`files`).
 */
export interface ValidCase {
  name: string;
  code?: string | object;
  files?: Record<string, string | object>;
  kind?: Kind;
  account?: AccountFacts;
}

export interface ExpectedFinding {
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  pointer?: string;
  file?: string;
  /** The finding's suggestions, in order: what each says and the text once it alone is applied. */
  suggestions?: ExpectedSuggestion[];
}

export interface ExpectedSuggestion {
  desc: string;
  /** The whole text after the suggestion; for a `files` case, the text of the finding's file. */
  output: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /**
   * The exact text after one pass of the rule's fixes, as ESLint's RuleTester has it; for a
   * `files` case, the texts of the files that change, by path. `null` asserts that nothing is
   * fixed. Required when the rule fixes the case, so no fix goes untested.
   */
  output?: string | Record<string, string> | null;
}

export function toText(code: string | object): string {
  return typeof code === "string" ? code : JSON.stringify(code, null, 2);
}

/** `terraform show -json` output planning one resource, `type.name`, with these values. */
export function terraformPlan(type: string, name: string, values: object): object {
  return {
    format_version: "1.2",
    terraform_version: "1.9.5",
    planned_values: { root_module: { resources: [{ address: `${type}.${name}`, mode: "managed", type, name, values }] } },
  };
}

function sourcesOf(c: ValidCase): { path: string; text: string }[] {
  const files = c.files ?? { "test.json": c.code ?? {} };
  return Object.entries(files).map(([path, code]) => ({ path, text: toText(code) }));
}

function lintCase(rule: Rule, c: ValidCase, sources: { path: string; text: string }[]): (Finding & { file: string })[] {
  const settings = { account: c.account ?? {}, rules: {}, ...(c.kind ? { kind: c.kind } : {}) };
  const run = lintSources(sources, () => settings, [rule]);
  return run.results.flatMap((r) =>
    r.findings.filter((f) => f.ruleId === rule.id || f.ruleId === "core/rule-crashed").map((f) => ({ ...f, file: r.filePath })),
  );
}

export function runRule(rule: Rule, c: ValidCase) {
  return lintCase(rule, c, sourcesOf(c));
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    // Cases may be YAML or Terraform files, whose parsers load on demand.
    beforeAll(() => loadParsers([...cases.valid, ...cases.invalid].flatMap((c) => sourcesOf(c).map((s) => s.path))));
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(runRule(rule, c)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const sources = sourcesOf(c);
          const found = lintCase(rule, c, sources);
          expect(found.map((f) => f.ruleId)).toEqual(c.errors.map(() => rule.id));
          c.errors.forEach((expected, i) => {
            const actual = found[i]!;
            expect(actual.code).toBe(rule.predicts);
            const { message, suggestions, ...exact } = expected;
            expect(actual).toMatchObject(exact);
            if (typeof message === "string") expect(actual.message).toBe(message);
            else if (message) expect(actual.message).toMatch(message);
            if (suggestions) {
              const text = sources.find((s) => s.path === actual.file)!.text;
              expect((actual.suggestions ?? []).map((s) => ({ desc: s.desc, output: applyTextEdits(text, [s.fix]).output }))).toEqual(suggestions);
            }
          });
          checkOutput(rule, c, sources, found);
        });
      }
    });
  });
}

/** One pass of the rule's fixes, against `output`; then the fixed findings must be gone on a re-lint. */
function checkOutput(rule: Rule, c: InvalidCase, sources: { path: string; text: string }[], found: (Finding & { file: string })[]): void {
  const fixed = new Map<string, string>();
  const repaired: Finding[] = [];
  for (const source of sources) {
    const own = found.filter((f) => f.file === source.path && f.fix);
    const { output, applied } = applyTextEdits(source.text, own.map((f) => f.fix!));
    if (output !== source.text) fixed.set(source.path, output);
    repaired.push(...own.filter((f) => applied.includes(f.fix!)));
  }
  if (c.output === undefined) {
    expect(fixed, "the rule fixed the case: add `output` (or null when it should not)").toEqual(new Map());
    return;
  }
  if (c.output === null) expect(fixed).toEqual(new Map());
  else if (typeof c.output === "string") expect(fixed.get(sourcesOf(c)[0]!.path) ?? sources[0]!.text).toBe(c.output);
  else expect(Object.fromEntries(fixed)).toEqual(c.output);

  const again = lintCase(rule, c, sources.map((s) => ({ ...s, text: fixed.get(s.path) ?? s.text })));
  for (const finding of repaired) {
    expect(again.filter((f) => f.ruleId === finding.ruleId && f.pointer === finding.pointer && f.message === finding.message)).toEqual([]);
  }
}
