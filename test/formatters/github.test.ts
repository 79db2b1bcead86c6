import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/finding.js";
import { escapeData, escapeProperty, formatGithub } from "../../src/formatters/github.js";
import { tempRepo } from "./helpers.js";

const NO_FACTS = { checks: 0, facts: [] };

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: "spectrum/origin-address",
    severity: "error",
    code: "11002",
    message: "m",
    pointer: "/origin_direct/0",
    line: 4,
    column: 21,
    endLine: 4,
    endColumn: 43,
    ...overrides,
  };
}

/** What the runner does with a command line: split it, then undo the escaping (its own order). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+)(?: (.*?))?::(.*)$/.exec(line)!;
  const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));
  const properties = Object.fromEntries(
    (match[2] ?? "").split(",").filter(Boolean).map((p) => {
      const at = p.indexOf("=");
      return [p.slice(0, at), unescapeProperty(p.slice(at + 1))];
    }),
  );
  return { command: match[1]!, properties, message: unescapeData(match[3]!) };
}

describe("--format github", () => {
  it("one workflow command per finding, error or warning, with the range and a title naming rule and code", () => {
    const { sub } = tempRepo();
    const out = formatGithub({
      results: [
        { filePath: "apps.json", findings: [finding({ message: "first" })] },
        { filePath: "clean.json", findings: [] },
        {
          filePath: "mon/http.json",
          findings: [
            finding({ ruleId: "monitor/http-redirect", severity: "warning", code: "Response code mismatch", message: "second", line: 2, column: 11, endLine: 3, endColumn: 2 }),
          ],
        },
      ],
      cwd: sub,
      neededFacts: NO_FACTS,
      color: false,
    });
    expect(out).toBe(
      "::error file=infra/apps.json,line=4,col=21,endLine=4,endColumn=43,title=spectrum/origin-address (11002)::first\n" +
        "::warning file=infra/mon/http.json,line=2,col=11,endLine=3,endColumn=2,title=monitor/http-redirect (Response code mismatch)::second\n",
    );
  });

  it("escapes percent signs, carriage returns and newlines in messages, and also colons and commas in properties", () => {
    expect(escapeData("50%, a:b\r\nnext %0A")).toBe("50%25, a:b%0D%0Anext %250A");
    expect(escapeProperty("50%, a:b\r\nnext")).toBe("50%25%2C a%3Ab%0D%0Anext");

    const { sub } = tempRepo();
    const message = 'tcp://2001:db8::5:22: needs brackets, e.g. tcp://[2001:db8::5]:22\n100% sure,\r\nreally: "yes"';
    const out = formatGithub({
      results: [{ filePath: "odd, name: 100%.json", findings: [finding({ message, ruleId: "a,b:c" })] }],
      cwd: sub,
      neededFacts: NO_FACTS,
      color: false,
    });
    expect(out).toBe(
      "::error file=infra/odd%2C name%3A 100%25.json,line=4,col=21,endLine=4,endColumn=43,title=a%2Cb%3Ac (11002)::" +
        "tcp://2001:db8::5:22: needs brackets, e.g. tcp://[2001:db8::5]:22%0A100%25 sure,%0D%0Areally: \"yes\"\n",
    );
    expect(out.trimEnd().split("\n")).toHaveLength(1);
    expect(parseCommand(out.trimEnd())).toEqual({
      command: "error",
      properties: { file: "infra/odd, name: 100%.json", line: "4", col: "21", endLine: "4", endColumn: "43", title: "a,b:c (11002)" },
      message,
    });
  });

  it("stdin has no file to annotate, so its findings carry no location", () => {
    const { sub } = tempRepo();
    const out = formatGithub({ results: [{ filePath: "<stdin>", findings: [finding({})] }], cwd: sub, neededFacts: NO_FACTS, color: false });
    expect(out).toBe("::error title=spectrum/origin-address (11002)::m\n");
  });

  it("ends with a notice when checks need account facts", () => {
    const { sub } = tempRepo();
    const out = formatGithub({ results: [], cwd: sub, neededFacts: { checks: 3, facts: ["plan", "zones"] }, color: false });
    expect(out).toBe("::notice title=cflint::3 checks need account facts: set account.plan, account.zones in cflint.config.json\n");
  });

  it("prints nothing for a clean run", () => {
    const { sub } = tempRepo();
    expect(formatGithub({ results: [{ filePath: "a.json", findings: [] }], cwd: sub, neededFacts: NO_FACTS, color: false })).toBe("");
  });
});
