import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cflint } from "./run-cli.js";

/** A Spectrum app with an unbracketed IPv6 origin (a fix) and both origins set (suggestions only). */
const SPECTRUM = `{
  "protocol": "tcp/22",
  "dns": { "type": "ADDRESS", "name": "ssh.example.com" },
  "origin_direct": ["tcp://2001:db8::5:22"],
  "origin_dns": { "name": "origin.example.com" }
}
`;
const SPECTRUM_FIXED = `{
  "protocol": "tcp/22",
  "dns": { "type": "CNAME", "name": "ssh.example.com" },
  "origin_direct": ["tcp://[2001:db8::5]:22"],
  "origin_dns": { "name": "origin.example.com" }
}
`;
/** A monitor in JSONC with CRLF line endings and comments, and three fixable mistakes. */
const MONITOR = [
  "{",
  "  // storefront",
  '  "type": "https",',
  '  "port": 80, /* copied from the http monitor */',
  '  "header": {"Host": ["https://shop.example.com/"]},',
  '  "follow_redirect": true',
  "}",
  "",
].join("\r\n");
const MONITOR_FIXED = [
  "{",
  "  // storefront",
  '  "type": "https",',
  // Comments are never removed, even when what they were about is.
  "  /* copied from the http monitor */",
  '  "header": {"Host": ["shop.example.com"]},',
  '  "follow_redirects": true',
  "}",
  "",
].join("\r\n");

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cflint-fix-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("cflint check --fix", () => {
  it("writes the fixes and reports what remains", () => {
    const dir = project({ "apps.json": SPECTRUM });
    const { status, stdout, stderr } = cflint(["check", "--fix", "apps.json"], { cwd: dir });
    expect(readFileSync(join(dir, "apps.json"), "utf8")).toBe(SPECTRUM_FIXED);
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        "",
        "apps.json",
        "  5:3  error  11000  both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them  spectrum/origin-conflict",
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "4 checks need account facts: set account.plan, account.spectrum, account.zones in cflint.config.json",
        "",
      ].join("\n"),
    );
    expect(readdirSync(dir)).toEqual(["apps.json"]);
  });

  it("keeps the comments and CRLF line endings of a JSONC file, and its mode", () => {
    const dir = project({ "m.jsonc": MONITOR });
    chmodSync(join(dir, "m.jsonc"), 0o600);
    const { status, stdout } = cflint(["check", "--fix", "m.jsonc"], { cwd: dir });
    expect(readFileSync(join(dir, "m.jsonc"), "utf8")).toBe(MONITOR_FIXED);
    expect(statSync(join(dir, "m.jsonc")).mode & 0o777).toBe(0o600);
    expect(status).toBe(0);
    expect(stdout).toBe("");
  });

  it("does not touch a file with nothing to fix", () => {
    const text = '{"type": "https", "header": {"Host": ["192.0.2.1"]}}\n';
    const dir = project({ "m.json": text });
    const before = statSync(join(dir, "m.json")).mtimeMs;
    const { status, stdout } = cflint(["check", "--fix", "m.json"], { cwd: dir });
    expect(status).toBe(1);
    expect(stdout).toContain("monitor/https-host-not-hostname");
    expect(statSync(join(dir, "m.json")).mtimeMs).toBe(before);
  });

  it("reports a read-only file instead of writing it, with its problems as they are, and exits 2", () => {
    const dir = project({ "apps.json": SPECTRUM, "m.jsonc": MONITOR });
    chmodSync(join(dir, "apps.json"), 0o444);
    const { status, stdout, stderr } = cflint(["check", "--fix", "-f", "json", "apps.json", "m.jsonc"], { cwd: dir });
    expect(stderr).toBe("cflint: apps.json: fixes not written: the file is read-only\n");
    expect(status).toBe(2);
    expect(readFileSync(join(dir, "apps.json"), "utf8")).toBe(SPECTRUM);
    expect(readFileSync(join(dir, "m.jsonc"), "utf8")).toBe(MONITOR_FIXED);
    const [apps, monitor] = JSON.parse(stdout);
    expect(apps.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["spectrum/dns-type", "spectrum/origin-address", "spectrum/origin-conflict"]);
    expect(apps.fixableErrorCount).toBe(2);
    expect(monitor.messages).toEqual([]);
  });

  it("applies only errors' fixes under --quiet", () => {
    const dir = project({ "m.json": '{\n  "type": "http",\n  "follow_redirect": true,\n  "path": "health"\n}\n' });
    const { status, stdout } = cflint(["check", "--fix", "--quiet", "m.json"], { cwd: dir });
    // path-format is an error; the follow_redirect spelling is a warning, left as it is.
    expect(readFileSync(join(dir, "m.json"), "utf8")).toBe('{\n  "type": "http",\n  "follow_redirect": true,\n  "path": "/health"\n}\n');
    expect(status).toBe(0);
    expect(stdout).toBe("");
  });

  it("leaves alone what a suppression comment or a baseline hides", () => {
    const monitor = '{\n  "type": "http",\n  // cflint-disable-next-line monitor/follow-redirect-spelling -- read by our own tooling\n  "follow_redirect": true\n}\n';
    const dir = project({ "m.jsonc": monitor, "apps.json": SPECTRUM });
    expect(cflint(["check", "apps.json", "--write-baseline", "baseline.json"], { cwd: dir }).status).toBe(0);
    const { stdout } = cflint(["check", "--fix", "--baseline", "baseline.json", "m.jsonc", "apps.json"], { cwd: dir });
    expect(readFileSync(join(dir, "m.jsonc"), "utf8")).toBe(monitor);
    expect(readFileSync(join(dir, "apps.json"), "utf8")).toBe(SPECTRUM);
    expect(stdout).not.toContain("fixable");
  });

  it("cannot write to stdin, and says what to use instead", () => {
    expect(cflint(["check", "--fix", "-"], { input: SPECTRUM })).toEqual({
      status: 2,
      stdout: "",
      stderr: "cflint: --fix cannot write to stdin: use --fix-dry-run to print the fixed text\n",
    });
  });

  it("is not given with --fix-dry-run", () => {
    const run = cflint(["check", "--fix", "--fix-dry-run", "x.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--fix-dry-run.*cannot be used with.*--fix/);
  });
});

describe("cflint check --fix-dry-run", () => {
  it("prints each fixed file whole and what remains in it, and writes nothing", () => {
    const dir = project({ "apps.json": SPECTRUM });
    const before = statSync(join(dir, "apps.json")).mtimeMs;
    const { status, stdout } = cflint(["check", "--fix-dry-run", "apps.json"], { cwd: dir });
    expect(readFileSync(join(dir, "apps.json"), "utf8")).toBe(SPECTRUM);
    expect(statSync(join(dir, "apps.json")).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(["apps.json"]);
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        "",
        "apps.json with fixes applied (not written):",
        SPECTRUM_FIXED,
        "apps.json",
        "  5:3  error  11000  both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them  spectrum/origin-conflict",
        "",
        "✖ 1 problem (1 error, 0 warnings)",
        "4 checks need account facts: set account.plan, account.spectrum, account.zones in cflint.config.json",
        "",
      ].join("\n"),
    );
  });

  it("with --format json, gives the fixed text as ESLint's output, and the remaining messages' suggestions", () => {
    const dir = project({ "apps.json": SPECTRUM, "m.jsonc": MONITOR });
    const { stdout } = cflint(["check", "--fix-dry-run", "-f", "json", "apps.json", "m.jsonc"], { cwd: dir });
    const [apps, monitor] = JSON.parse(stdout);
    expect(apps.output).toBe(SPECTRUM_FIXED);
    expect(apps.fixableErrorCount).toBe(0);
    expect(apps.messages[0].suggestions).toEqual([
      // The comma after origin_direct's value and the whole origin_dns line, as one edit that keeps the line break between.
      { desc: 'remove "origin_dns"', fix: { range: [SPECTRUM_FIXED.indexOf(',\n  "origin_dns"'), SPECTRUM_FIXED.lastIndexOf("}")], text: "\n" } },
      { desc: 'remove "origin_direct"', fix: { range: [SPECTRUM_FIXED.indexOf('  "origin_direct"'), SPECTRUM_FIXED.indexOf('  "origin_dns"')], text: "" } },
    ]);
    expect(monitor.output).toBe(MONITOR_FIXED);
    expect(monitor.messages).toEqual([]);
    expect(readFileSync(join(dir, "m.jsonc"), "utf8")).toBe(MONITOR);
  });

  it("fixes stdin and prints it", () => {
    const { status, stdout } = cflint(["check", "--fix-dry-run", "--stdin-filename", "m.jsonc", "-"], { input: MONITOR });
    expect(status).toBe(0);
    expect(stdout).toBe(`\nm.jsonc with fixes applied (not written):\n${MONITOR_FIXED}`);
  });
});

describe("fixable findings without --fix", () => {
  it("stylish marks them and counts them; JSON gives each fix with its offsets", () => {
    const dir = project({ "m.jsonc": MONITOR });
    const stylish = cflint(["check", "m.jsonc"], { cwd: dir });
    expect(stylish.stdout).toBe(
      [
        "",
        "m.jsonc",
        "  4:11  error    TLS protocol error  TLS handshake sent to port 80, which serves plain HTTP. Remove \"port\" (https probes 443 by default)  monitor/https-on-plain-port (fixable)",
        '  5:23  error    TLS name mismatch   Host "https://shop.example.com/" has a scheme and a path, so no certificate name matches it. Write "shop.example.com"  monitor/https-host-not-hostname (fixable)',
        '  6:3   warning  ignored             the API has no field "follow_redirect" (the docs\' spelling) and ignores it. Rename it to "follow_redirects"  monitor/follow-redirect-spelling (fixable)',
        "",
        "✖ 3 problems (2 errors, 1 warning)",
        "3 problems fixable with --fix",
        "",
      ].join("\n"),
    );
    const [result] = JSON.parse(cflint(["check", "-f", "json", "m.jsonc"], { cwd: dir }).stdout);
    expect(result.fixableErrorCount).toBe(2);
    expect(result.fixableWarningCount).toBe(1);
    const key = MONITOR.indexOf('"follow_redirect"');
    expect(result.messages[2].fix).toEqual({ range: [key, key + '"follow_redirect"'.length], text: '"follow_redirects"' });
    expect(readFileSync(join(dir, "m.jsonc"), "utf8")).toBe(MONITOR);
  });
});
