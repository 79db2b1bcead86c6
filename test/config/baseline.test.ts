import { describe, expect, it } from "vitest";
import { applyBaseline, createBaseline, parseBaseline } from "../../src/config/baseline.js";
import { ConfigError } from "../../src/config/errors.js";
import { lintSources } from "../../src/engine/lint.js";

const CWD = "/repo";

function lint(files: Record<string, string>) {
  return lintSources(Object.entries(files).map(([path, text]) => ({ path, text }))).results;
}

const app = (origin: string, extra = "") =>
  `{\n${extra}  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["${origin}"],\n  "origin_dns": {"name": "o.example.com"}\n}`;

const shown = (results: ReturnType<typeof lint>) => results.flatMap((r) => r.findings.map((f) => `${r.filePath}:${f.line} ${f.ruleId}`));

describe("baselines", () => {
  const before = lint({ "apps/ssh.json": app("tcp://2001:db8::5:22") });
  const baseline = createBaseline(before, "cflint-baseline.json", CWD);

  it("records rule, file (relative to the baseline), pointer and a fingerprint of the value", () => {
    expect(shown(before)).toEqual(["apps/ssh.json:4 spectrum/origin-address", "apps/ssh.json:5 spectrum/origin-conflict"]);
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map(({ fingerprint, ...rest }) => ({ ...rest, fingerprint: /^[0-9a-f]{16}$/.test(fingerprint) }))).toEqual([
      {
        rule: "spectrum/origin-address",
        file: "apps/ssh.json",
        pointer: "/origin_direct/0",
        fingerprint: true,
        message: "tcp://2001:db8::5:22: IPv6 address needs brackets: tcp://[2001:db8::5]:22",
      },
      {
        rule: "spectrum/origin-conflict",
        file: "apps/ssh.json",
        pointer: "/origin_dns",
        fingerprint: true,
        message: "both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them",
      },
    ]);
    expect(createBaseline(before, "ci/baseline.json", CWD).findings[0]!.file).toBe("../apps/ssh.json");
  });

  it("hides the recorded findings even after lines move", () => {
    const moved = lint({ "apps/ssh.json": app("tcp://2001:db8::5:22", '  "ip_firewall": true,\n  "tls": "off",\n') });
    expect(shown(moved)).toEqual(["apps/ssh.json:6 spectrum/origin-address", "apps/ssh.json:7 spectrum/origin-conflict"]);
    expect(shown(applyBaseline(moved, baseline, "cflint-baseline.json", CWD))).toEqual([]);
  });

  it("shows a finding again when the value at its pointer changes, and new findings", () => {
    const changed = lint({ "apps/ssh.json": app("tcp://2001:db8::6:22"), "apps/new.json": app("tcp://2001:db8::5:22") });
    expect(shown(applyBaseline(changed, baseline, "cflint-baseline.json", CWD))).toEqual([
      "apps/ssh.json:4 spectrum/origin-address",
      "apps/new.json:4 spectrum/origin-address",
      "apps/new.json:5 spectrum/origin-conflict",
    ]);
  });

  it("a second copy of a recorded value, at a new pointer, is a new finding", () => {
    const twice = lint({ "apps/ssh.json": app("tcp://2001:db8::5:22").replace('"tcp://2001:db8::5:22"', '"tcp://2001:db8::5:22", "tcp://2001:db8::5:22"') });
    expect(shown(applyBaseline(twice, baseline, "cflint-baseline.json", CWD))).toEqual(["apps/ssh.json:4 spectrum/origin-address"]);
  });

  it("never records a finding that means the file was not checked", () => {
    expect(createBaseline(lint({ "bad.json": "{" }), "cflint-baseline.json", CWD).findings).toEqual([]);
  });

  it("rejects a file that is not a baseline", () => {
    expect(parseBaseline(JSON.stringify(baseline), "b.json")).toEqual(baseline);
    expect(() => parseBaseline('{"version": 2, "findings": []}', "b.json")).toThrow(
      new ConfigError(["b.json: not a cflint baseline (version 1); write one with --write-baseline b.json"]),
    );
    expect(() => parseBaseline('{"version": 1,\n "findings": [}', "b.json")).toThrow(new ConfigError(["b.json:2:15: invalid JSON: expected a value"]));
  });
});
