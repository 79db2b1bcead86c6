import { describe, expect, it } from "vitest";
import type { Edit } from "../../src/engine/rule.js";
import { DEFAULT_SETTINGS } from "../../src/engine/lint.js";
import { fixSources } from "../../src/fix/run.js";
import { applyTextEdits, textEditFor } from "../../src/fix/text-edit.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";

await loadParsers(["m.yaml"]);

function fixed(text: string, edits: Edit[]): string | undefined {
  const edit = textEditFor("m.yaml", parseDocument(text, "m.yaml"), edits);
  if (!edit) return undefined;
  const output = applyTextEdits(text, [edit]).output;
  expect(parseDocument(output, "m.yaml").problems.filter((p) => p.kind === "syntax")).toEqual([]);
  return output;
}

describe("edits of YAML text", () => {
  it("replaces scalars in place, written as JSON, keeping comments and CRLF", () => {
    const text = "# storefront\r\ntype: https # TLS\r\nheader:\r\n  Host: shop.example.com\r\n";
    expect(fixed(text, [{ op: "replace", at: "/header/Host", value: ["shop.example.com"] }])).toBe(
      '# storefront\r\ntype: https # TLS\r\nheader:\r\n  Host: ["shop.example.com"]\r\n',
    );
    expect(fixed(text, [{ op: "replace", at: "/type", value: "http" }])).toBe('# storefront\r\ntype: "http" # TLS\r\nheader:\r\n  Host: shop.example.com\r\n');
  });

  it("replaces a block value up to its last line, not past it", () => {
    expect(fixed("origin_direct:\n  - tcp://192.0.2.1:22\n  - tcp://192.0.2.2:22\nprotocol: tcp/22\n", [{ op: "replace", at: "/origin_direct", value: ["tcp://192.0.2.1:22"] }])).toBe(
      'origin_direct:\n  ["tcp://192.0.2.1:22"]\nprotocol: tcp/22\n',
    );
  });

  it("renames keys, quoting only what needs it", () => {
    expect(fixed("type: http\nfollow_redirect: true # docs\n", [{ op: "rename", at: "/follow_redirect", key: "follow_redirects" }])).toBe(
      "type: http\nfollow_redirects: true # docs\n",
    );
    expect(fixed("a: 1\n", [{ op: "rename", at: "/a", key: "a b" }])).toBe('"a b": 1\n');
    expect(fixed("a: 1\nb: 2\n", [{ op: "rename", at: "/a", key: "b" }])).toBeUndefined();
  });

  it("does not remove or add lines, nor edit through an alias", () => {
    expect(fixed("a: 1\nport: 80\n", [{ op: "remove", at: "/port" }])).toBeUndefined();
    expect(fixed("a: 1\n", [{ op: "add", at: "/b", value: 2 }])).toBeUndefined();
    // Editing the anchor would change every place that refers to it.
    expect(fixed("base: &h shop.example.com\nHost: *h\n", [{ op: "replace", at: "/Host", value: "x" }])).toBeUndefined();
  });

  it("edits the right document of several", () => {
    expect(fixed("type: http\n---\ntype: tcp\n", [{ op: "replace", at: "/1/type", value: "udp_icmp" }])).toBe('type: http\n---\ntype: "udp_icmp"\n');
  });

  it("repairs a YAML file with the real rules", () => {
    const text = "# the storefront\nprotocol: tcp/22\ndns:\n  type: ADDRESS # copied\n  name: ssh.example.com\norigin_direct:\n  - tcp://2001:db8::5:22\n";
    const { sources, run } = fixSources([{ path: "app.yaml", text }], () => DEFAULT_SETTINGS);
    expect(sources[0]!.text).toBe(
      '# the storefront\nprotocol: tcp/22\ndns:\n  type: "CNAME" # copied\n  name: ssh.example.com\norigin_direct:\n  - "tcp://[2001:db8::5]:22"\n',
    );
    expect(run.results[0]!.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
