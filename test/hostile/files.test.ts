import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintFiles, lintSources } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/finding.js";
import { MAX_DEPTH } from "../../src/parse/depth.js";
import { cflint } from "../cli/run-cli.js";

/** The findings of one text, without fingerprints, in the order they are reported. */
function findingsOf(text: string, path = "f.json"): Omit<Finding, "fingerprint">[] {
  return lintSources([{ path, text }]).results[0]!.findings.map(({ fingerprint: _, ...rest }) => rest);
}

/** The findings of one file written with exactly these bytes, read as the CLI reads files. */
async function findingsOfBytes(bytes: Uint8Array | string, name = "f.json"): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), "cflint-hostile-"));
  writeFileSync(join(dir, name), bytes);
  return (await lintFiles([name], undefined, dir)).results[0]!.findings;
}

const parseError = (message: string | RegExp, line: number, column: number) =>
  expect.objectContaining({
    ruleId: "core/parse-error",
    code: "400",
    severity: "error",
    message: typeof message === "string" ? message : expect.stringMatching(message),
    line,
    column,
  });

describe("hostile texts: a finding, never a crash", () => {
  it("an empty file and a file of whitespace are parse errors at their start", () => {
    expect(findingsOf("")).toEqual([parseError("the file is empty", 1, 1)]);
    expect(findingsOf(" \n\t\r\n  ")).toEqual([parseError("the file is empty", 1, 1)]);
  });

  it("a UTF-8 byte order mark is read past; positions still count it as a column", async () => {
    const findings = await findingsOfBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"type": "http"}')]));
    expect(findings).toEqual([expect.objectContaining({ ruleId: "monitor/http-redirect", line: 1, column: 11 })]);
  });

  it("UTF-16 text, with either byte order mark, is reported as not UTF-8", async () => {
    const utf16 = (text: string, bigEndian: boolean) => {
      const le = Buffer.from("\ufeff" + text, "utf16le");
      return bigEndian ? Buffer.from(le).swap16() : le;
    };
    const message = "the file is UTF-16 text (it starts with a UTF-16 byte order mark); JSON sent to the API must be UTF-8: save the file as UTF-8";
    expect(await findingsOfBytes(utf16('{"type": "http"}', false))).toEqual([parseError(message, 1, 1)]);
    expect(await findingsOfBytes(utf16('{"type": "http"}', true))).toEqual([parseError(message, 1, 1)]);
  });

  it("UTF-16 text without a byte order mark is caught by its NUL bytes", async () => {
    expect(await findingsOfBytes(Buffer.from('{"type": "http"}', "utf16le"))).toEqual([
      parseError("the file holds a NUL byte: it is binary, or UTF-16 text, not JSON; JSON sent to the API must be UTF-8: save the file as UTF-8", 1, 2),
    ]);
  });

  it("invalid UTF-8 is reported at the first bad byte, not replaced and quoted", async () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "type": "http",\n  "description": "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n}')]);
    expect(await findingsOfBytes(bytes)).toEqual([
      parseError("byte 0xC3 is not valid UTF-8; JSON sent to the API must be UTF-8: save the file as UTF-8", 3, 22),
    ]);
    // Overlong encodings, UTF-16 surrogates and a sequence cut short by the end of the file.
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      const findings = await findingsOfBytes(Buffer.concat([Buffer.from('["é'), Buffer.from(bad)]));
      expect(findings).toEqual([parseError(/^byte 0x[0-9A-F]{2} is not valid UTF-8/, 1, 4)]);
    }
  });

  it("a binary file named .json is reported at its first NUL byte", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    // The PNG signature's 0x89 comes first: not UTF-8.
    expect(await findingsOfBytes(png)).toEqual([parseError(/^byte 0x89 is not valid UTF-8/, 1, 1)]);
    expect(await findingsOfBytes(Buffer.from('{"a":\n 1,\u0000}'))).toEqual([parseError(/^the file holds a NUL byte/, 2, 4)]);
  });

  it("stdin gets the same decoding as files", () => {
    const run = cflint(["check", "--stdin-filename", "piped.json", "-f", "json"], { input: "{\n\u0000}" });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ ruleId: "core/parse-error", line: 2, column: 1 });
  });

  it("a git merge conflict is a parse error at the marker", () => {
    const text = '{\n  "type": "http",\n<<<<<<< HEAD\n  "interval": 60\n=======\n  "interval": 30\n>>>>>>> feature\n}';
    const message = "an unresolved git merge conflict (a <<<<<<< marker): resolve the conflict and remove the markers";
    expect(findingsOf(text)).toEqual([parseError(message, 3, 1)]);
    // The marker is named even where the parser stumbles first on the other side of the conflict.
    const conflicted = '[\n<<<<<<< ours\n{"type": "http"}\n=======\n{"type": "tcp"}\n>>>>>>> theirs\n]';
    expect(findingsOf(conflicted)).toEqual([parseError(message, 2, 1)]);
  });

  it("a position never falls between the \\r and \\n of a CRLF", () => {
    // The string swallows the escaped \r; its end is the end of line 1, not a column past it.
    expect(findingsOf('["\\\r\n]')).toEqual([
      expect.objectContaining({ ruleId: "core/parse-error", message: "unterminated string", line: 1, column: 2, endLine: 1, endColumn: 4 }),
    ]);
  });

  it(`nesting 100,000 levels deep is a finding at the level past ${MAX_DEPTH}, not a stack overflow`, () => {
    const message = `nested deeper than ${MAX_DEPTH} levels: cflint reads no deeper, and no Cloudflare object nests like this`;
    expect(findingsOf("[".repeat(100_000) + "]".repeat(100_000))).toEqual([parseError(message, 1, MAX_DEPTH + 1)]);
    expect(findingsOf('{"a":'.repeat(100_000) + "1" + "}".repeat(100_000))).toEqual([parseError(message, 1, 5 * MAX_DEPTH + 1)]);
    // Unbalanced, in a .jsonc file with the brackets split over lines.
    expect(findingsOf("\n" + "[\n".repeat(100_000), "f.jsonc")).toEqual([parseError(message, MAX_DEPTH + 2, 1)]);
    // Brackets the parser reads though they follow an unterminated string or a line comment
    // (both end at a lone \r), or a closing bracket of the wrong kind, which closes nothing.
    const hidden = "[".repeat(100_000);
    expect(findingsOf('["\r' + hidden)).toEqual([parseError(message, 2, MAX_DEPTH)]);
    expect(findingsOf("[//\r" + hidden, "f.jsonc")).toEqual([parseError(message, 2, MAX_DEPTH)]);
    expect(findingsOf("[}".repeat(100_000))).toEqual([parseError(message, 1, 2 * MAX_DEPTH + 1)]);
  });

  it("YAML block nesting, which has no brackets to count, is the same finding where the parser runs out of stack", async () => {
    // "- - - …": sequences nested in sequences, 100,000 deep on one line. Where the parser gives up depends on the stack size.
    const findings = await findingsOfBytes("- ".repeat(100_000) + "x\n", "f.yaml");
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: "core/parse-error", message: `nested deeper than ${MAX_DEPTH} levels: cflint reads no deeper, and no Cloudflare object nests like this`, line: 1 }),
    ]);
    expect(findings[0]!.column).toBeGreaterThan(2 * MAX_DEPTH);
  });

  it(`nesting exactly ${MAX_DEPTH} levels deep is read, and brackets in strings and comments do not count`, () => {
    const deep = "[".repeat(MAX_DEPTH - 1) + "]".repeat(MAX_DEPTH - 1);
    expect(findingsOf(`{"type": "http", "follow_redirects": true, "description": ${deep}}`)).toEqual([
      expect.objectContaining({ ruleId: "monitor/schema", message: "`description` must be a string, got an array" }),
    ]);
    const brackets = "[{".repeat(MAX_DEPTH);
    expect(findingsOf(`{"type": "https", "header": {"Host": ["a.example.com"]}, "description": "${brackets}"}`)).toEqual([]);
    expect(findingsOf(`// ${brackets}\n/* ${brackets} */\n{"type": "https", "header": {"Host": ["a.example.com"]}}`, "f.jsonc")).toEqual([]);
  });

  it("a single 10 MB string is read and quoted shortened", () => {
    const findings = findingsOf(JSON.stringify({ interval: 60, type: "x".repeat(10 * 1024 * 1024) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.length).toBeLessThan(200);
    expect(findings[0]).toMatchObject({ ruleId: "monitor/schema", pointer: "/type", line: 1, column: 23 });
  });

  it("__proto__, constructor and prototype keys are plain keys: no prototype pollution, no bundle", () => {
    const text = JSON.stringify({ type: "http", follow_redirects: true }).slice(0, -1) +
      ', "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}}';
    const findings = findingsOf(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    // The monitor is recognised as one (not as a bundle keyed by "constructor"), and its unknown keys reported.
    expect(findings.map((f) => f.ruleId)).not.toContain("core/unknown-kind");
    expect(findingsOf('{"constructor": [], "__proto__": []}').map((f) => f.message)).toEqual([
      expect.stringMatching(/^not checked: it has none of the fields that identify a monitor/),
    ]);
  });

  it("numbers beyond 2^53 and 1e400 are not misquoted as their rounded or infinite values", () => {
    const findings = findingsOf('{"type": "http", "follow_redirects": true, "interval": 1e400, "port": 9007199254740993, "retries": -1e400}');
    expect(findings.map((f) => f.message)).toEqual([
      "`interval` must be an integer, got a number too large for a 64-bit float",
      "`port` must be at most 65535, got a number too large to hold exactly (beyond 2^53)",
      "`retries` must be an integer, got a number too large for a 64-bit float",
    ]);
  });

  it("duplicate keys: a warning at the later key, naming the first", () => {
    expect(findingsOf('{"type": "http",\n "follow_redirects": false,\n "follow_redirects": true}')).toEqual([
      expect.objectContaining({
        ruleId: "core/duplicate-key",
        line: 3,
        column: 2,
        message: 'duplicate key "follow_redirects" (first at 2:2); the API keeps only the last one',
      }),
    ]);
  });

  it("a value's control characters are shown escaped in messages, not written to the terminal", () => {
    const [finding] = findingsOf(JSON.stringify({ type: "https", header: { Host: ["api.example.com\n"] } }));
    expect(finding).toMatchObject({
      ruleId: "monitor/https-host-not-hostname",
      message: 'Host "api.example.com\\n" has white space around it, so no certificate name matches it. Write "api.example.com"',
    });
    const [escape] = findingsOf(JSON.stringify({ type: "https", header: { Host: ["\u001b[2Jx.example.com"] } }));
    expect(escape!.message).toMatch(/^Host "\\u001b\[2Jx\.example\.com" is not a hostname, /);
  });

  it("NaN-like strings are strings, and bare NaN or Infinity is not JSON", () => {
    expect(findingsOf('{"type": "http", "follow_redirects": true, "interval": "NaN", "timeout": "Infinity"}').map((f) => f.message)).toEqual([
      '`interval` must be an integer, got "NaN"',
      '`timeout` must be an integer, got "Infinity"',
    ]);
    expect(findingsOf('{"type": "http", "interval": NaN}')).toEqual([parseError("unexpected character", 1, 30)]);
    expect(findingsOf('{"type": "http", "interval": -Infinity}')).toEqual([parseError("unexpected character", 1, 30)]);
  });
});
