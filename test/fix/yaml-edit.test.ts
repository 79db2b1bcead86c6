import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Edit } from "../../src/engine/rule.js";
import { DEFAULT_SETTINGS } from "../../src/engine/lint.js";
import { fixSources } from "../../src/fix/run.js";
import { applyTextEdits, textEditFor } from "../../src/fix/text-edit.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";
import { joinPointer, valueAt } from "../../src/parse/pointer.js";
import { fuzzSettings } from "../property/arbitraries.js";

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

  it("writes a flow value that replaces a block one deeper than its key, where YAML needs it", () => {
    // A sequence may sit at its key's own indentation; a flow list there would end the mapping.
    expect(fixed("origin_direct:\n- tcp://192.0.2.1:22\n- tcp://192.0.2.2:22\nprotocol: tcp/22\n", [{ op: "replace", at: "/origin_direct", value: ["x"] }])).toBe(
      'origin_direct:\n  ["x"]\nprotocol: tcp/22\n',
    );
    expect(fixed("- origin_direct:\n  - a\n  - b\n  protocol: tcp/22\n", [{ op: "replace", at: "/0/origin_direct", value: ["a"] }])).toBe(
      '- origin_direct:\n    ["a"]\n  protocol: tcp/22\n',
    );
  });

  it("renames keys, quoting only what needs it", () => {
    expect(fixed("type: http\nfollow_redirect: true # docs\n", [{ op: "rename", at: "/follow_redirect", key: "follow_redirects" }])).toBe(
      "type: http\nfollow_redirects: true # docs\n",
    );
    expect(fixed("a: 1\n", [{ op: "rename", at: "/a", key: "a b" }])).toBe('"a b": 1\n');
    expect(fixed("a: 1\nb: 2\n", [{ op: "rename", at: "/a", key: "b" }])).toBeUndefined();
  });

  it("removes a property of a block mapping with its line, comment included", () => {
    expect(fixed("a: 1\nport: 80 # probe port\nb: 2\n", [{ op: "remove", at: "/port" }])).toBe("a: 1\nb: 2\n");
    expect(fixed("monitor:\r\n  type: http\r\n  port: 443\r\n", [{ op: "remove", at: "/monitor/port" }])).toBe("monitor:\r\n  type: http\r\n");
    // A block value goes with every line of it; a last line with no line break too.
    expect(fixed("origin_direct:\n  - tcp://192.0.2.1:22\nprotocol: tcp/22", [{ op: "remove", at: "/origin_direct" }])).toBe("protocol: tcp/22");
    expect(fixed("protocol: tcp/22\norigin_dns:\n  name: a.example.com", [{ op: "remove", at: "/origin_dns" }])).toBe("protocol: tcp/22\n");
  });

  it("adds a property on a line of its own after the mapping's last, at its indentation", () => {
    expect(fixed("type: http\nheader:\n  Host:\n    - a.example.com # origin\n", [{ op: "add", at: "/follow_redirects", value: true }])).toBe(
      "type: http\nheader:\n  Host:\n    - a.example.com # origin\nfollow_redirects: true\n",
    );
    expect(fixed("monitor:\r\n  type: https\r\nname: x\r\n", [{ op: "add", at: "/monitor/header", value: { Host: ["a.example.com"] } }])).toBe(
      'monitor:\r\n  type: https\r\n  header: {"Host":["a.example.com"]}\r\nname: x\r\n',
    );
    expect(fixed("type: http", [{ op: "add", at: "/a b", value: "x" }])).toBe('type: http\n"a b": "x"');
  });

  it("leaves alone what it cannot edit line by line, or where the lines would mean more", () => {
    // The last property: the mapping would read as null, not {}.
    expect(fixed("port: 80\n", [{ op: "remove", at: "/port" }])).toBeUndefined();
    // Flow mappings, a property sharing its line with a sequence item's dash, an empty mapping.
    expect(fixed("m: {a: 1, b: 2}\n", [{ op: "remove", at: "/m/a" }])).toBeUndefined();
    expect(fixed("m: {a: 1, b: 2}\n", [{ op: "add", at: "/m/c", value: 3 }])).toBeUndefined();
    expect(fixed("- a: 1\n  b: 2\n", [{ op: "remove", at: "/0/a" }])).toBeUndefined();
    expect(fixed("m: {}\n", [{ op: "add", at: "/m/a", value: 1 }])).toBeUndefined();
    // Array items, and a key that is already there.
    expect(fixed("l:\n  - 1\n  - 2\n", [{ op: "remove", at: "/l/0" }])).toBeUndefined();
    expect(fixed("a: 1\nb: 2\n", [{ op: "add", at: "/a", value: 3 }])).toBeUndefined();
    // Through an alias or a merge key: the edit would change another place, or none.
    expect(fixed("base: &h shop.example.com\nHost: *h\n", [{ op: "replace", at: "/Host", value: "x" }])).toBeUndefined();
    expect(fixed("h: &h\n  a: 1\n  b: 2\nx: *h\n", [{ op: "remove", at: "/x/a" }])).toBeUndefined();
    expect(fixed("base: &b\n  a: 1\nm:\n  <<: *b\n  c: 2\n", [{ op: "remove", at: "/m/a" }])).toBeUndefined();
    // A merge key could bring a removed property back; a repeated key's last value wins.
    expect(fixed("base: &b\n  a: 1\nm:\n  <<: *b\n  c: 2\n", [{ op: "add", at: "/m/d", value: 3 }])).toBeUndefined();
    expect(fixed("a: 1\nb: 2\na: 3\n", [{ op: "remove", at: "/b" }])).toBeUndefined();
    // An anchor on a removed line would leave its alias dangling.
    expect(fixed("h: &h a.example.com\nx: *h\ny: 1\n", [{ op: "remove", at: "/h" }])).toBeUndefined();
    // A line added after a block scalar would take its kept trailing lines out of it.
    expect(fixed("a: 1\nbody: |+\n  ok\n\n", [{ op: "add", at: "/c", value: 2 }])).toBeUndefined();
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

describe("line edits on generated YAML", () => {
  const key = fc.constantFrom("a", "b", "port", "type", "x-y", "two words", "80");
  const scalar = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("text", "with: colon", "# not a comment", "", "two\nlines", "a&b"));
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("node"), { maxLength: 3 }), fc.dictionary(key, tie("node"), { maxKeys: 4 })),
  }));
  const root = fc.dictionary(key, node, { minKeys: 1, maxKeys: 5 });
  const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  /** The pointers of every mapping in a value, the root first. */
  const mappings = (value: unknown, pointer = ""): string[] =>
    isMapping(value) ? [pointer, ...Object.entries(value).flatMap(([k, v]) => mappings(v, joinPointer(pointer, k)))] : Array.isArray(value) ? value.flatMap((v, i) => mappings(v, joinPointer(pointer, i))) : [];

  it("whenever a property's line is removed or added, exactly that property changes", () => {
    let made = 0;
    fc.assert(
      fc.property(root, fc.constantFrom(2, 4), fc.boolean(), fc.boolean(), fc.nat(), fc.boolean(), (value, indent, indentSeq, crlf, pick, add) => {
        const lf = stringify(value, { indent, indentSeq });
        const text = crlf ? lf.replace(/\n/g, "\r\n") : lf;
        const document = parseDocument(text, "m.yaml");
        const candidates = mappings(document.value);
        const at = candidates[pick % candidates.length]!;
        const expected = structuredClone(document.value);
        const target = (at === "" ? expected : valueAt(expected, at)) as Record<string, unknown>;
        const keys = Object.keys(target);
        let edit: Edit;
        if (add) {
          edit = { op: "add", at: joinPointer(at, "added"), value: { list: [1, "two"] } };
          target.added = { list: [1, "two"] };
        } else {
          if (keys.length === 0) return;
          const removed = keys[pick % keys.length]!;
          edit = { op: "remove", at: joinPointer(at, removed) };
          delete target[removed];
        }
        const fix = textEditFor("m.yaml", document, [edit]);
        if (!fix) return;
        made++;
        const output = applyTextEdits(text, [fix]).output;
        const reread = parseDocument(output, "m.yaml");
        expect(reread.problems.filter((p) => p.kind === "syntax")).toEqual([]);
        expect(reread.value).toEqual(expected);
        if (crlf) expect(output.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      }),
      fuzzSettings(500),
    );
    // Not a property that holds by never editing: most cases are edited.
    expect(made).toBeGreaterThan(200);
  });
});
