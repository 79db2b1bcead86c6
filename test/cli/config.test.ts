import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { cflint } from "./run-cli.js";

const HTTP_MONITOR = `{\n  "type": "http",\n  "path": "/healthz",\n  "expected_codes": "200"\n}\n`;
const SPECTRUM_BOTH = `{\n  "protocol": "tcp/22",\n  "dns": { "type": "CNAME", "name": "ssh.example.com" },\n  "origin_direct": ["tcp://192.0.2.1:22"],\n  "origin_dns": { "name": "origin.example.com" }\n}\n`;
const REDIRECT = "HTTP monitor does not follow redirects";

/** A repository in a temporary directory: `.git` at its root, and the given files. */
function repo(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), "cflint-cfg-"));
  mkdirSync(join(root, ".git"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === "string" ? content : JSON.stringify(content, null, 2) + "\n");
  }
  return root;
}

describe("config discovery", () => {
  it("finds cflint.config.json in a parent directory, up to the repository root", () => {
    const root = repo({ "cflint.config.json": { rules: { "monitor/http-redirect": "error" } }, "infra/lb/monitor.json": HTTP_MONITOR });
    const run = cflint(["check", "monitor.json"], { cwd: join(root, "infra/lb") });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`  2:11  error  Response code mismatch  ${REDIRECT}`);
  });

  it("does not look above the directory holding .git", () => {
    const outer = repo({ "cflint.config.json": { rules: { "monitor/http-redirect": "error" } } });
    const inner = join(outer, "inner");
    mkdirSync(join(inner, ".git"), { recursive: true });
    writeFileSync(join(inner, "monitor.json"), HTTP_MONITOR);
    const run = cflint(["check", "monitor.json"], { cwd: inner });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`  2:11  warning  Response code mismatch  ${REDIRECT}`);
  });

  it("--config names the file; --no-config uses none", () => {
    const root = repo({
      "cflint.config.json": { rules: { "monitor/http-redirect": "error" } },
      "configs/quiet.json": { rules: { "monitor/http-redirect": "off" } },
      "monitor.json": HTTP_MONITOR,
    });
    expect(cflint(["check", "monitor.json", "--config", "configs/quiet.json"], { cwd: root })).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(cflint(["check", "monitor.json", "-c", "configs/quiet.json"], { cwd: root }).status).toBe(0);
    const none = cflint(["check", "monitor.json", "--no-config"], { cwd: root });
    expect(none.status).toBe(0);
    expect(none.stdout).toContain(`  2:11  warning  Response code mismatch  ${REDIRECT}`);
    expect(cflint(["check", "monitor.json"], { cwd: root }).status).toBe(1);
  });

  it("--config with a file that does not exist is exit 2", () => {
    const root = repo({ "monitor.json": HTTP_MONITOR });
    expect(cflint(["check", "monitor.json", "--config", "nope.json"], { cwd: root })).toEqual({
      status: 2,
      stdout: "",
      stderr: "cflint: nope.json: cannot read the config file (no such file or directory, ENOENT)\n",
    });
  });

  it("never lints cflint.config.json itself when walking a directory", () => {
    const root = repo({ "cflint.config.json": {}, "sub/cflint.config.json": {}, "monitor.json": HTTP_MONITOR });
    const run = cflint(["check", "."], { cwd: root });
    expect(run.stdout).not.toContain("cflint.config.json");
    expect(run.stdout).toContain("monitor.json");
  });
});

describe("config mistakes are exit 2 with file:line:column", () => {
  it("prints every mistake, one per line, and lints nothing", () => {
    const root = repo({
      "cflint.config.json": '{\n  "account": {\n    "plan": "premium"\n  },\n  "rules": { "monitor/http-redirct": "off" }\n}\n',
      "monitor.json": HTTP_MONITOR,
    });
    expect(cflint(["check", "monitor.json"], { cwd: root })).toEqual({
      status: 2,
      stdout: "",
      stderr: 'cflint.config.json:3:13: account.plan must be one of free, pro, business, enterprise (got "premium")\n',
    });
    writeFileSync(join(root, "cflint.config.json"), '{\n  "rules": { "monitor/http-redirct": "off" }\n}\n');
    expect(cflint(["check", "monitor.json"], { cwd: join(root) }).stderr).toBe(
      'cflint.config.json:2:14: unknown rule "monitor/http-redirct"; did you mean "monitor/http-redirect"?\n',
    );
  });

  it("names the config by its path from the working directory", () => {
    const root = repo({ "cflint.config.json": '{"ignore": "x"}', "lb/monitor.json": HTTP_MONITOR });
    expect(cflint(["check", "monitor.json"], { cwd: join(root, "lb") }).stderr).toBe('../cflint.config.json:1:12: ignore must be a list (got "x")\n');
  });
});

describe("rules, overrides and ignore", () => {
  const root = repo({
    "cflint.config.json": {
      rules: { "monitor/http-redirect": "error" },
      ignore: ["fixtures/**"],
      overrides: [{ files: ["staging/**"], rules: { "monitor/http-redirect": "warn", "spectrum/origin-conflict": "off" } }],
    },
    "prod/monitor.json": HTTP_MONITOR,
    "staging/monitor.json": HTTP_MONITOR,
    "staging/app.json": SPECTRUM_BOTH,
    "fixtures/broken.json": "{",
  });

  it("sets severities for all files, and per glob for some", () => {
    const run = cflint(["check", "."], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        "",
        "prod/monitor.json",
        `  2:11  error  Response code mismatch  ${REDIRECT}: an origin that redirects to HTTPS (301/302/303) fails expected_codes "200". Add "follow_redirects": true, or use an https monitor  monitor/http-redirect`,
        "",
        "staging/monitor.json",
        `  2:11  warning  Response code mismatch  ${REDIRECT}: an origin that redirects to HTTPS (301/302/303) fails expected_codes "200". Add "follow_redirects": true, or use an https monitor  monitor/http-redirect`,
        "",
        "✖ 2 problems (1 error, 1 warning)",
        // The Spectrum app's plan and zone checks stay silent without an account.
        "4 checks need account facts: set account.plan, account.spectrum, account.zones in cflint.config.json",
        "",
      ].join("\n"),
    );
  });

  it("globs are relative to the config's directory, not the working directory", () => {
    const run = cflint(["check", "monitor.json", "../prod/monitor.json"], { cwd: join(root, "staging") });
    expect(run.stdout).toContain("\nmonitor.json\n  2:11  warning  Response code mismatch");
    expect(run.stdout).toContain("\n../prod/monitor.json\n  2:11  error  Response code mismatch");
    expect(cflint(["check", "../fixtures/broken.json"], { cwd: join(root, "staging") }).status).toBe(0);
  });

  it("ignored files are skipped, even when named on the command line", () => {
    expect(cflint(["check", "fixtures/broken.json"], { cwd: root })).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("overrides apply to stdin by --stdin-filename", () => {
    const run = cflint(["check", "-", "--stdin-filename", "staging/piped.json"], { cwd: root, input: HTTP_MONITOR });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`  2:11  warning  Response code mismatch`);
  });
});

/** What a clean run over a Spectrum app prints without an account in the config. */
const NEEDS_FACTS = "\n4 checks need account facts: set account.plan, account.spectrum, account.zones in cflint.config.json\n";

describe("suppressions", () => {
  it("a config entry silences one finding; a stale one is a warning at the entry in the config", () => {
    const root = repo({
      "cflint.config.json": {
        suppress: [
          { files: "apps/ssh.json", pointer: "/origin_dns", rule: "spectrum/origin-conflict", reason: "migrating to origin_dns" },
          { files: "apps/*.json", pointer: "/origin_direct/0", rule: "spectrum/origin-address", reason: "fixed last week" },
        ],
      },
      "apps/ssh.json": SPECTRUM_BOTH,
    });
    const run = cflint(["check", "apps"], { cwd: root });
    expect(run.stdout).toBe(
      [
        "",
        "cflint.config.json",
        "  9:5  warning  stale-suppression  nothing to suppress: spectrum/origin-address reports nothing at /origin_direct/0 in apps/*.json; remove this entry  core/unused-suppression",
        "",
        "✖ 1 problem (0 errors, 1 warning)",
        "4 checks need account facts: set account.plan, account.spectrum, account.zones in cflint.config.json",
        "",
      ].join("\n"),
    );
    expect(run.status).toBe(0);
  });

  it("an entry for files outside the run is not judged", () => {
    const root = repo({
      "cflint.config.json": { suppress: [{ files: "other.json", pointer: "", rule: "spectrum/origin-conflict", reason: "r" }] },
      "monitor.json": `{"type": "tcp", "port": 22}`,
    });
    expect(cflint(["check", "monitor.json"], { cwd: root })).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("a comment in a .jsonc file silences the next line", () => {
    const text = SPECTRUM_BOTH.replace('  "origin_dns"', '  // cflint-disable-next-line spectrum/origin-conflict -- cut over on Friday\n  "origin_dns"');
    const root = repo({ "app.jsonc": text });
    expect(cflint(["check", "app.jsonc"], { cwd: root })).toEqual({ status: 0, stdout: NEEDS_FACTS, stderr: "" });
  });
});

describe("baselines", () => {
  it("--write-baseline records today's findings; --baseline reports only new ones", () => {
    const root = repo({ "apps/ssh.json": SPECTRUM_BOTH, "monitor.json": HTTP_MONITOR });
    const written = cflint(["check", ".", "--write-baseline", "cflint-baseline.json"], { cwd: root });
    expect(written).toEqual({
      status: 0,
      stdout: NEEDS_FACTS,
      stderr: "cflint: recorded 2 findings in cflint-baseline.json; --baseline cflint-baseline.json reports only findings not recorded there\n",
    });
    const baseline = JSON.parse(readFileSync(join(root, "cflint-baseline.json"), "utf8"));
    expect(baseline.findings.map((f: { rule: string; file: string; pointer: string }) => `${f.file} ${f.pointer} ${f.rule}`)).toEqual([
      "apps/ssh.json /origin_dns spectrum/origin-conflict",
      "monitor.json /type monitor/http-redirect",
    ]);

    // Lines move: still known. A new finding: reported.
    writeFileSync(join(root, "apps/ssh.json"), SPECTRUM_BOTH.replace("{\n", '{\n  "tls": "off",\n'));
    writeFileSync(join(root, "apps/web.json"), SPECTRUM_BOTH);
    const run = cflint(["check", ".", "--baseline", "cflint-baseline.json"], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("\napps/web.json\n  5:3  error  11000");
    expect(run.stdout).not.toContain("apps/ssh.json");
    expect(run.stdout).not.toContain("monitor.json");
    expect(run.stdout).toContain("✖ 1 problem (1 error, 0 warnings)");

    // The same baseline applies from a subdirectory.
    expect(cflint(["check", "ssh.json", "--baseline", "../cflint-baseline.json"], { cwd: join(root, "apps") }).status).toBe(0);
  });

  it("a baseline that cannot be read or is not one is exit 2; the two flags conflict", () => {
    const root = repo({ "monitor.json": HTTP_MONITOR, "not-a-baseline.json": "[]" });
    expect(cflint(["check", "monitor.json", "--baseline", "missing.json"], { cwd: root })).toMatchObject({
      status: 2,
      stderr: "cflint: missing.json: cannot read the baseline (no such file or directory, ENOENT)\n",
    });
    expect(cflint(["check", "monitor.json", "--baseline", "not-a-baseline.json"], { cwd: root }).stderr).toBe(
      "not-a-baseline.json: not a cflint baseline (version 1); write one with --write-baseline not-a-baseline.json\n",
    );
    writeFileSync(join(root, "utf16.json"), Buffer.from("\ufeff[]", "utf16le"));
    expect(cflint(["check", "monitor.json", "--baseline", "utf16.json"], { cwd: root })).toMatchObject({
      status: 2,
      stderr: "utf16.json:1:1: the file is UTF-16 text (it starts with a UTF-16 byte order mark); save the baseline as UTF-8\n",
    });
    const both = cflint(["check", "monitor.json", "--baseline", "a.json", "--write-baseline", "b.json"], { cwd: root });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with/);
    expect(existsSync(join(root, "b.json"))).toBe(false);
  });
});

describe("cflint init", () => {
  it("writes a starter config with $schema, asking nothing, and never overwrites", () => {
    const root = repo({});
    const first = cflint(["init"], { cwd: root, input: null });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^wrote cflint\.config\.json\./);
    const config = JSON.parse(readFileSync(join(root, "cflint.config.json"), "utf8"));
    expect(config).toEqual({ $schema: expect.stringMatching(/schemas\/config\.schema\.json$/), account: {}, rules: {}, ignore: [] });
    // The starter config is valid as written.
    writeFileSync(join(root, "monitor.json"), `{"type": "tcp", "port": 22}`);
    expect(cflint(["check", "monitor.json"], { cwd: root }).status).toBe(0);

    writeFileSync(join(root, "cflint.config.json"), '{"rules": {}}\n');
    expect(cflint(["init"], { cwd: root })).toEqual({
      status: 2,
      stdout: "",
      stderr: "cflint: cflint.config.json already exists; cflint init never overwrites it\n",
    });
    expect(readFileSync(join(root, "cflint.config.json"), "utf8")).toBe('{"rules": {}}\n');
  });
});
