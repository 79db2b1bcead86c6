import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/finding.js";
import { lintSources } from "../../src/engine/lint.js";
import { ruleDocsUrl } from "../../src/engine/registry.js";
import { formatJunit } from "../../src/formatters/junit.js";

const NO_FACTS = { checks: 0, facts: [] };

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: "spectrum/origin-conflict",
    severity: "error",
    code: "11000",
    message: "m",
    pointer: "/origin_dns",
    line: 5,
    column: 3,
    endLine: 5,
    endColumn: 15,
    ...overrides,
  };
}

/** Parses like a CI server: a real XML parser, attributes kept, every element as a list. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["testsuite", "testcase", "failure"].includes(name),
    parseAttributeValue: false,
    htmlEntities: true,
  });
  return parser.parse(xml) as {
    testsuites: {
      name: string;
      tests: string;
      failures: string;
      testsuite: {
        name: string;
        tests: string;
        failures: string;
        testcase: { classname: string; name: string; failure?: { type: string; message: string; "#text": string }[] }[];
      }[];
    };
  };
}

describe("--format junit", () => {
  it("one testsuite per file, one failing testcase per finding, one passing testcase for a clean file", () => {
    const run = lintSources([
      { path: "apps/ssh.json", text: '{"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "ssh.example.com"}, "origin_direct": ["tcp://192.0.2.1:22"], "origin_dns": {"name": "o.example.com"}}' },
      { path: "clean.json", text: "[]" },
      { path: "mon.json", text: '{"type": "http", "expected_codes": "200"}' },
    ]);
    const xml = formatJunit({ results: run.results, cwd: "/", neededFacts: NO_FACTS, color: false });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const { testsuites } = parse(xml);
    expect(testsuites).toMatchObject({ name: "cflint", tests: "3", failures: "2" });
    expect(testsuites.testsuite.map((s) => [s.name, s.tests, s.failures])).toEqual([
      ["apps/ssh.json", "1", "1"],
      ["clean.json", "1", "0"],
      ["mon.json", "1", "1"],
    ]);
    const [ssh, clean, mon] = testsuites.testsuite;
    expect(ssh!.testcase).toEqual([
      {
        classname: "apps/ssh",
        name: "spectrum/origin-conflict at 1:118",
        failure: [
          {
            type: "error",
            message: "11000: both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them",
            "#text":
              "error 11000 at apps/ssh.json:1:118\nboth origin_direct and origin_dns are set; the API accepts exactly one: remove one of them\n" +
              `spectrum/origin-conflict: ${ruleDocsUrl("spectrum/origin-conflict")}`,
          },
        ],
      },
    ]);
    expect(clean!.testcase).toEqual([{ classname: "clean", name: "no problems" }]);
    expect(mon!.testcase[0]!.failure![0]!.type).toBe("warning");
  });

  it("escapes markup, quotes and line breaks, and replaces characters XML cannot hold", () => {
    const message = `<origin a="1" b='2'> & ]]> 100%, done\nnext\r\nline\ttab \u0001 \ud800 😀`;
    const xml = formatJunit({
      results: [{ filePath: `a&b <"x">.json`, findings: [finding({ message })] }],
      cwd: "/",
      neededFacts: NO_FACTS,
      color: false,
    });
    const suite = parse(xml).testsuites.testsuite[0]!;
    const expected = message.replace("\u0001", "\uFFFD").replace("\ud800", "\uFFFD");
    expect(suite.name).toBe(`a&b <"x">.json`);
    expect(suite.testcase[0]!.classname).toBe(`a&b <"x">`);
    expect(suite.testcase[0]!.failure![0]!.message).toBe(`11000: ${expected}`);
    expect(suite.testcase[0]!.failure![0]!["#text"]).toContain(`\n${expected}\n`);
  });

  it("an empty run is still a well-formed report", () => {
    const xml = formatJunit({ results: [], cwd: "/", neededFacts: NO_FACTS, color: false });
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cflint" tests="0" failures="0" errors="0">\n</testsuites>\n');
    expect(parse(xml).testsuites).toMatchObject({ name: "cflint", tests: "0" });
  });
});
