import { describe, expect, it } from "vitest";
import type { AccountFacts } from "../src/engine/account.js";
import { lintSources } from "../src/engine/lint.js";
import type { Rule } from "../src/engine/rule.js";
import type { Kind } from "../src/extract/index.js";

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
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function toText(code: string | object): string {
  return typeof code === "string" ? code : JSON.stringify(code, null, 2);
}

export function runRule(rule: Rule, c: ValidCase) {
  const files = c.files ?? { "test.json": c.code ?? {} };
  const sources = Object.entries(files).map(([path, code]) => ({ path, text: toText(code) }));
  const settings = { account: c.account ?? {}, rules: {}, ...(c.kind ? { kind: c.kind } : {}) };
  const run = lintSources(sources, () => settings, [rule]);
  return run.results.flatMap((r) =>
    r.findings.filter((f) => f.ruleId === rule.id || f.ruleId === "core/rule-crashed").map((f) => ({ ...f, file: r.filePath })),
  );
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
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
          const found = runRule(rule, c);
          expect(found.map((f) => f.ruleId)).toEqual(c.errors.map(() => rule.id));
          c.errors.forEach((expected, i) => {
            const actual = found[i]!;
            expect(actual.code).toBe(rule.predicts);
            const { message, ...exact } = expected;
            expect(actual).toMatchObject(exact);
            if (typeof message === "string") expect(actual.message).toBe(message);
            else if (message) expect(actual.message).toMatch(message);
          });
        });
      }
    });
  });
}
