import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, findConfig, loadConfig, UnreadableFileError } from "../../src/config/index.js";

const dir = mkdtempSync(join(tmpdir(), "cflint-config-"));

/** The messages loading this config text fails with, or "ok". */
async function errorsOf(text: string): Promise<readonly string[] | "ok"> {
  const path = join(dir, "cflint.config.json");
  writeFileSync(path, text);
  try {
    await loadConfig(path, dir);
    return "ok";
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
}

describe("loadConfig: a valid config", () => {
  it("accepts every documented key", async () => {
    const config = {
      $schema: "./node_modules/@cflint/cli/schemas/config.schema.json",
      account: {
        plan: "enterprise",
        spectrum: "payg",
        zones: ["example.com", "example.net"],
        entitlements: { argo_smart_routing: true, byoip: false, ftp: true },
        quotas: { monitors: 5, pools: 5, origins: 20, load_balancers: 2 },
        virtual_networks: ["6f3f8b0c-5f4e-4d39-9a3b-0e6b8f7a1c2d"],
      },
      rules: { "monitor/http-redirect": "off", "spectrum/origin-address": "warn", "core/duplicate-key": "error" },
      ignore: ["fixtures/**"],
      overrides: [{ files: ["staging/**"], account: { plan: "free" }, rules: { "monitor/https-without-host": "off" } }],
      suppress: [{ files: "lb/prod.json", pointer: "/pools/2", rule: "spectrum/origin-address", reason: "legacy origin" }],
    };
    expect(await errorsOf(JSON.stringify(config, null, 2))).toBe("ok");
  });

  it("accepts an empty object", async () => {
    expect(await errorsOf("{}")).toBe("ok");
  });
});

describe("loadConfig: every mistake is one line, file:line:column: message", () => {
  it.each([
    [
      "a plan that does not exist (the documented example)",
      '{\n  "account": {\n    "plan": "premium"\n  }\n}',
      'cflint.config.json:3:13: account.plan must be one of free, pro, business, enterprise (got "premium")',
    ],
    ["a Spectrum billing model that does not exist", '{"account": {"spectrum": "pro"}}', 'cflint.config.json:1:26: account.spectrum must be one of payg, enterprise (got "pro")'],
    ["an unknown top-level key, with a suggestion", '{\n  "acount": {}\n}', 'cflint.config.json:2:3: acount is not a config key; did you mean "account"?'],
    ["an unknown account key, with a suggestion", '{"account": {"zone": []}}', 'cflint.config.json:1:14: account.zone is not a config key; did you mean "zones"?'],
    [
      "an unknown key with nothing near it lists the allowed ones",
      '{"account": {"entitlements": {"spectrum_pro": true}}}',
      "cflint.config.json:1:31: account.entitlements.spectrum_pro is not a config key; allowed: argo_smart_routing, byoip, ftp",
    ],
    ["a wrong type", '{"account": {"zones": "example.com"}}', 'cflint.config.json:1:23: account.zones must be a list (got "example.com")'],
    ["a string where true or false belongs", '{"account": {"entitlements": {"ftp": "yes"}}}', 'cflint.config.json:1:38: account.entitlements.ftp must be true or false (got "yes")'],
    ["a fraction where a whole number belongs", '{"account": {"quotas": {"pools": 2.5}}}', "cflint.config.json:1:34: account.quotas.pools must be a whole number (got 2.5)"],
    ["a negative quota", '{"account": {"quotas": {"monitors": -1}}}', "cflint.config.json:1:37: account.quotas.monitors must be at least 0 (got -1)"],
    ["a zone that is not a host name", '{"account": {"zones": ["exa mple.com"]}}', 'cflint.config.json:1:24: account.zones[0] must be a host name such as "example.com" (got "exa mple.com")'],
    ["a zone listed twice, at the second", '{"account": {"zones": ["a.com", "a.com"]}}', 'cflint.config.json:1:33: account.zones lists "a.com" twice'],
    ["a virtual network that is not a UUID", '{"account": {"virtual_networks": ["vnet-1"]}}', 'cflint.config.json:1:35: account.virtual_networks[0] must be a UUID (got "vnet-1")'],
    ["a severity that does not exist", '{"rules": {"monitor/http-redirect": "warning"}}', 'cflint.config.json:1:37: rules["monitor/http-redirect"] must be one of off, warn, error (got "warning")'],
    ["an unknown rule id, with a suggestion", '{"rules": {"monitor/http-redirec": "off"}}', 'cflint.config.json:1:12: unknown rule "monitor/http-redirec"; did you mean "monitor/http-redirect"?'],
    ["an unknown rule id with nothing near it", '{"rules": {"pool/zzz-qqq-xxx": "off"}}', 'cflint.config.json:1:12: unknown rule "pool/zzz-qqq-xxx" (cflint rules lists them)'],
    ["a rule that cannot be turned off", '{"rules": {"core/parse-error": "off"}}', "cflint.config.json:1:12: core/parse-error cannot be configured: it means a file was not checked"],
    ["an unknown rule id in an override", '{"overrides": [{"files": "a/**", "rules": {"spectrum/orign-conflict": "off"}}]}', 'cflint.config.json:1:44: unknown rule "spectrum/orign-conflict"; did you mean "spectrum/origin-conflict"?'],
    ["an override without files", '{"overrides": [{"rules": {}}]}', 'cflint.config.json:1:16: overrides[0] is missing "files"'],
    ["an override with an empty files list", '{"overrides": [{"files": []}]}', "cflint.config.json:1:26: overrides[0].files must not be empty"],
    ["an override with a number for files", '{"overrides": [{"files": 3}]}', "cflint.config.json:1:26: overrides[0].files must be a string or a list (got 3)"],
    ["an ignore glob that is empty", '{"ignore": [""]}', "cflint.config.json:1:13: ignore[0] must not be empty"],
    [
      "a suppression without a reason",
      '{"suppress": [{"files": "a.json", "pointer": "", "rule": "spectrum/origin-conflict"}]}',
      'cflint.config.json:1:15: suppress[0] is missing "reason"',
    ],
    [
      "a suppression with a blank reason",
      '{"suppress": [{"files": "a.json", "pointer": "", "rule": "spectrum/origin-conflict", "reason": " "}]}',
      "cflint.config.json:1:96: suppress[0].reason must say why the finding is acceptable",
    ],
    [
      "a suppression pointer without its leading slash",
      '{"suppress": [{"files": "a.json", "pointer": "pools/2", "rule": "spectrum/origin-conflict", "reason": "r"}]}',
      'cflint.config.json:1:46: suppress[0].pointer must be a JSON pointer such as "/pools/2", or "" for the whole file (got "pools/2")',
    ],
    [
      "a suppression of an unknown rule",
      '{"suppress": [{"files": "a.json", "pointer": "", "rule": "spectrum/origin-conflit", "reason": "r"}]}',
      'cflint.config.json:1:58: unknown rule "spectrum/origin-conflit"; did you mean "spectrum/origin-conflict"?',
    ],
    [
      "a suppression of a finding that means the file was not checked",
      '{"suppress": [{"files": "a.json", "pointer": "", "rule": "core/read-error", "reason": "r"}]}',
      "cflint.config.json:1:58: core/read-error cannot be suppressed: it means a file was not checked",
    ],
    ["a config that is not an object", "[]", "cflint.config.json:1:1: the config must be an object (got [])"],
    ["invalid JSON", '{\n  "rules": {}\n  "ignore": []\n}', "cflint.config.json:3:3: invalid JSON: expected ',' between elements"],
    ["comments (the file is plain JSON)", '{\n  // staging\n  "rules": {}\n}', "cflint.config.json:2:3: invalid JSON: comments are not allowed in JSON (use a .jsonc file)"],
    ["an empty file", "", "cflint.config.json:1:1: invalid JSON: the file is empty"],
    ["a repeated key", '{\n  "rules": {},\n  "rules": {}\n}', 'cflint.config.json:3:3: duplicate key "rules" (first at 2:3)'],
  ])("%s", async (_name, text, expected) => {
    expect(await errorsOf(text)).toEqual([expected]);
  });

  it("reports every mistake, in the order of the file", async () => {
    expect(await errorsOf('{\n  "rules": {"monitor/http-redirect": "on"},\n  "account": {"plan": "gold", "quotas": {"pools": -2}}\n}')).toEqual([
      'cflint.config.json:2:38: rules["monitor/http-redirect"] must be one of off, warn, error (got "on")',
      'cflint.config.json:3:23: account.plan must be one of free, pro, business, enterprise (got "gold")',
      "cflint.config.json:3:51: account.quotas.pools must be at least 0 (got -2)",
    ]);
  });

  it("a config file that cannot be read", async () => {
    const failure = loadConfig(join(dir, "missing.json"), dir);
    await expect(failure).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(failure).rejects.toThrow("missing.json: cannot read the config file (no such file or directory, ENOENT)");
  });

  // Windows PowerShell 5 writes UTF-16 with `>`: say so, rather than "unexpected character".
  it.each([
    ["UTF-16 (little-endian, with its byte order mark)", Buffer.from('\ufeff{"rules": {}}', "utf16le"), "cflint.config.json:1:1: the file is UTF-16 text (it starts with a UTF-16 byte order mark); save the config file as UTF-8"],
    ["Latin-1", Buffer.from('{"ignore": ["caf\u00e9/**"]}', "latin1"), "cflint.config.json:1:17: byte 0xE9 is not valid UTF-8; save the config file as UTF-8"],
  ])("a config file in %s", async (_name, bytes, expected) => {
    const path = join(dir, "cflint.config.json");
    writeFileSync(path, bytes);
    await expect(loadConfig(path, dir)).rejects.toThrow(new ConfigError([expected]));
  });
});

describe("findConfig", () => {
  const root = mkdtempSync(join(tmpdir(), "cflint-find-"));
  const repo = join(root, "repo");
  mkdirSync(join(repo, ".git"), { recursive: true });
  mkdirSync(join(repo, "infra", "lb"), { recursive: true });

  it("finds nothing when no directory up to the repository root has one", () => {
    expect(findConfig(join(repo, "infra", "lb"))).toBeUndefined();
  });

  it("finds the nearest one walking up, and stops at the directory holding .git", () => {
    writeFileSync(join(root, "cflint.config.json"), "{}");
    expect(findConfig(join(repo, "infra", "lb"))).toBeUndefined();
    writeFileSync(join(repo, "cflint.config.json"), "{}");
    expect(findConfig(join(repo, "infra", "lb"))).toBe(join(repo, "cflint.config.json"));
    writeFileSync(join(repo, "infra", "cflint.config.json"), "{}");
    expect(findConfig(join(repo, "infra", "lb"))).toBe(join(repo, "infra", "cflint.config.json"));
    expect(findConfig(repo)).toBe(join(repo, "cflint.config.json"));
  });
});

describe("the README's example config", () => {
  it("is valid", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const example = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('"account"');
    expect(await errorsOf(example!)).toBe("ok");
  });
});
