import { describe, expect, it } from "vitest";
import httpRedirect from "../../rules/monitor/http-redirect.js";
import originConflict from "../../rules/spectrum/origin-conflict.js";
import { lintSources, type LintSettings, type Suppression } from "../../src/engine/lint.js";
import { defineRule } from "../../src/engine/rule.js";

const RULES = [httpRedirect, originConflict];

/** One .jsonc file linted with the two rules; its findings as `line:column rule message`. */
function lint(text: string, settings: Partial<LintSettings> = {}, rules = RULES) {
  const run = lintSources([{ path: "monitor.jsonc", text }], () => ({ account: {}, rules: {}, ...settings }), rules);
  return run.results[0]!.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
}

const MONITOR = (comment: string) => `{\n  ${comment}\n  "type": "http",\n  "expected_codes": "200"\n}`;
const REDIRECT_FINDING = /^3:11 warning monitor\/http-redirect HTTP monitor does not follow redirects/;

describe("cflint-disable-next-line comments", () => {
  it("without a comment the finding is there (the cases below rely on it)", () => {
    expect(lint(MONITOR("// nothing to see"))).toEqual([expect.stringMatching(REDIRECT_FINDING)]);
  });

  it("silences the named rule on the next line", () => {
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirect -- the origin never redirects"))).toEqual([]);
  });

  it("works in a block comment, and with several rules separated by commas", () => {
    expect(lint(MONITOR("/* cflint-disable-next-line monitor/http-redirect -- plain HTTP on purpose */"))).toEqual([]);
    expect(lint(MONITOR("// cflint-disable-next-line spectrum/origin-conflict, monitor/http-redirect -- one reason for both"))).toEqual([
      "2:3 warning core/unused-suppression nothing to suppress: spectrum/origin-conflict reports nothing on line 3; remove spectrum/origin-conflict from the comment",
    ]);
  });

  it("does not reach past the next line, and then is itself reported as unused", () => {
    const text = `{\n  // cflint-disable-next-line monitor/http-redirect -- too far up\n  "expected_codes": "200",\n  "type": "http"\n}`;
    expect(lint(text)).toEqual([
      "2:3 warning core/unused-suppression nothing to suppress: monitor/http-redirect reports nothing on line 3; remove the comment",
      expect.stringMatching(/^4:11 warning monitor\/http-redirect /),
    ]);
  });

  it("without a reason it silences nothing and is an error", () => {
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirect"))).toEqual([
      "2:3 error core/invalid-suppression suppressing monitor/http-redirect needs a reason: write cflint-disable-next-line monitor/http-redirect -- <why this is acceptable>",
      expect.stringMatching(REDIRECT_FINDING),
    ]);
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirect --"))).toHaveLength(2);
  });

  it("names no rule", () => {
    expect(lint(MONITOR("// cflint-disable-next-line -- why"))).toEqual([
      "2:3 error core/invalid-suppression cflint-disable-next-line names no rule: write cflint-disable-next-line <rule-id> -- <reason>",
      expect.stringMatching(REDIRECT_FINDING),
    ]);
  });

  it("an unknown rule id gets a suggestion; the known ids in the comment still apply", () => {
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirec -- typo"))).toEqual([
      '2:3 error core/invalid-suppression unknown rule "monitor/http-redirec"; did you mean "monitor/http-redirect"?',
      expect.stringMatching(REDIRECT_FINDING),
    ]);
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirect, pool/nope-nope-nope -- typo"))).toEqual([
      '2:3 error core/invalid-suppression unknown rule "pool/nope-nope-nope" (cflint rules lists them)',
    ]);
  });

  it("cannot silence findings that mean the file was not checked", () => {
    const text = `{\n  // cflint-disable-next-line core/parse-error -- broken on purpose\n  "type": "http",,\n}`;
    expect(lint(text)).toEqual([
      "2:3 error core/invalid-suppression core/parse-error cannot be suppressed: it means the file was not checked",
      expect.stringMatching(/^3:18 error core\/parse-error /),
    ]);
  });

  it("reports look-alike directives that cflint does not have, and leaves other comments alone", () => {
    expect(lint(MONITOR("// cflint-disable monitor/http-redirect -- whole file?"))).toEqual([
      '2:3 error core/invalid-suppression "cflint-disable" is not a cflint directive; only cflint-disable-next-line <rule-id> -- <reason> is supported',
      expect.stringMatching(REDIRECT_FINDING),
    ]);
    expect(lint(MONITOR("// see cflint-disable-next-line in the README"))).toEqual([expect.stringMatching(REDIRECT_FINDING)]);
  });

  it("a suppression of a rule that is turned off for the file is unused", () => {
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirect -- r"), { rules: { "monitor/http-redirect": "off" } })).toEqual([
      "2:3 warning core/unused-suppression nothing to suppress: monitor/http-redirect reports nothing on line 3; remove the comment",
    ]);
  });

  it("core/unused-suppression and core/invalid-suppression follow the file's rule settings", () => {
    const rules = { "monitor/http-redirect": "off", "core/unused-suppression": "error" } as const;
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirect -- r"), { rules })).toEqual([
      expect.stringMatching(/^2:3 error core\/unused-suppression /),
    ]);
    expect(lint(MONITOR("// cflint-disable-next-line monitor/http-redirect"), { rules: { "core/invalid-suppression": "off" } })).toEqual([
      expect.stringMatching(REDIRECT_FINDING),
    ]);
  });

  it("a suppression of a rule that stayed silent for want of an account fact is not called unused", () => {
    // Stands in for a registered rule that needs the plan to decide.
    const needsPlan = defineRule({
      ...httpRedirect,
      check(_monitor, ctx) {
        if (ctx.account.need("plan") === "free") ctx.report({ at: "/type", message: "not on the free plan" });
      },
    });
    const text = MONITOR("// cflint-disable-next-line monitor/http-redirect -- we are on enterprise");
    expect(lint(text, {}, [needsPlan])).toEqual([]);
    expect(lint(text, { account: { plan: "free" } }, [needsPlan])).toEqual([]);
    expect(lint(text, { account: { plan: "pro" } }, [needsPlan])).toEqual([
      "2:3 warning core/unused-suppression nothing to suppress: monitor/http-redirect reports nothing on line 3; remove the comment",
    ]);
  });
});

describe("config suppressions (settings.suppress)", () => {
  const monitor = `{\n  "type": "http",\n  "expected_codes": "200"\n}`;
  const bundle = JSON.stringify({ monitors: [{ type: "https", header: { Host: ["a.example"] } }, JSON.parse(monitor)] }, null, 2);

  function run(files: Record<string, string>, suppress: (path: string) => Suppression[]) {
    const settings = new Map<string, LintSettings>();
    const result = lintSources(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      (path) => settings.get(path) ?? settings.set(path, { account: {}, rules: {}, suppress: suppress(path) }).get(path)!,
      RULES,
    );
    return { findings: result.results.flatMap((r) => r.findings.map((f) => `${r.filePath} ${f.pointer} ${f.ruleId}`)), unused: result.unusedSuppressions };
  }

  it("silences the rule at the pointer and anywhere inside it", () => {
    const atType: Suppression = { rule: "monitor/http-redirect", pointer: "/type", reason: "r" };
    const wholeFile: Suppression = { rule: "monitor/http-redirect", pointer: "", reason: "r" };
    const second: Suppression = { rule: "monitor/http-redirect", pointer: "/monitors/1", reason: "r" };
    expect(run({ "m.json": monitor }, () => [atType])).toEqual({ findings: [], unused: [] });
    expect(run({ "m.json": monitor }, () => [wholeFile])).toEqual({ findings: [], unused: [] });
    expect(run({ "b.json": bundle }, () => [second])).toEqual({ findings: [], unused: [] });
  });

  it("does not silence a sibling whose pointer merely starts the same, nor another rule", () => {
    const prefix: Suppression = { rule: "monitor/http-redirect", pointer: "/monitors/", reason: "r" };
    const otherRule: Suppression = { rule: "spectrum/origin-conflict", pointer: "", reason: "r" };
    expect(run({ "b.json": bundle }, () => [prefix, otherRule])).toEqual({
      findings: ["b.json /monitors/1/type monitor/http-redirect"],
      unused: [prefix, otherRule],
    });
  });

  it("an entry is unused only if it silenced nothing in every file it was given for", () => {
    const entry: Suppression = { rule: "monitor/http-redirect", pointer: "/type", reason: "r" };
    const clean = `{"type": "https", "header": {"Host": ["a.example"]}}`;
    expect(run({ "a.json": clean, "m.json": monitor }, () => [entry]).unused).toEqual([]);
    expect(run({ "a.json": clean, "c.json": clean }, () => [entry]).unused).toEqual([entry]);
    // An entry given for no file of the run is not judged.
    expect(run({ "a.json": clean }, () => []).unused).toEqual([]);
  });
});

describe("suppressions where rules did not run", () => {
  it("are not called unused in a file that did not parse, or beside an unreadable or unrecognised object", () => {
    const directive = "// cflint-disable-next-line monitor/http-redirect -- plain HTTP";
    const unused = /core\/unused-suppression/;
    expect(lint(`{\n  ${directive}\n  "type": "http",,\n}`).join("\n")).not.toMatch(unused);
    expect(lint(`{\n  ${directive}\n  "type": "http",\n  "port": "eighty"\n}`).join("\n")).not.toMatch(unused);
    expect(lint(`[\n  {"name": "not a resource"},\n  ${directive}\n  {"type": "https", "header": {"Host": ["a.example"]}}\n]`).join("\n")).not.toMatch(unused);
    // The same comment beside a readable object that does not fire is unused.
    expect(lint(`[\n  ${directive}\n  {"type": "https", "header": {"Host": ["a.example"]}}\n]`).join("\n")).toMatch(unused);
  });
});
