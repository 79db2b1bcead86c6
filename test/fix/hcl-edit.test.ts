import { describe, expect, it } from "vitest";
import type { Edit } from "../../src/engine/rule.js";
import { extractDocument } from "../../src/extract/index.js";
import { applyTextEdits, textEditFor } from "../../src/fix/text-edit.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";

await loadParsers(["m.tf"]);

// Every input below that terraform fmt leaves as it is, it also leaves each output as it is
// (checked by hand with terraform 1.11 `terraform fmt -check`, which CI does not have).

/** The file once the edits (at document pointers) are made, or undefined when they are not. */
function fixed(text: string, edits: Edit[]): string | undefined {
  const edit = textEditFor("m.tf", parseDocument(text, "m.tf"), edits);
  if (!edit) return undefined;
  const output = applyTextEdits(text, [edit]).output;
  expect(parseDocument(output, "m.tf").problems).toEqual([]);
  return output;
}

const M = "/resource/r/m";

describe("edits of Terraform's native syntax", () => {
  it("replaces a literal in place, re-padding the comments fmt aligns with it", () => {
    const text = 'resource "r" "m" {\n  type   = "http"\n  method = "HEAD"    # fast\n  path   = "/health" # probe\n}\n';
    expect(fixed(text, [{ op: "replace", at: `${M}/method`, value: "GET" }])).toBe(
      'resource "r" "m" {\n  type   = "http"\n  method = "GET"     # fast\n  path   = "/health" # probe\n}\n',
    );
    const app = 'resource "r" "m" {\n  origin_direct = ["tcp://2001:db8::5:22", "tcp://192.0.2.1:22"] # two\n  protocol      = "tcp/22"                                       # ssh\n}\n';
    expect(fixed(app, [{ op: "replace", at: `${M}/origin_direct/0`, value: "tcp://[2001:db8::5]:22" }])).toBe(
      'resource "r" "m" {\n  origin_direct = ["tcp://[2001:db8::5]:22", "tcp://192.0.2.1:22"] # two\n  protocol      = "tcp/22"                                         # ssh\n}\n',
    );
  });

  it("writes strings with HCL's escapes, numbers, bools and lists of strings as fmt does", () => {
    const text = 'resource "r" "m" {\n  path = "/"\n}\n';
    expect(fixed(text, [{ op: "replace", at: `${M}/path`, value: 'say "hi" ${x} %{y}\n\t\\ \u0001' }])).toBe(
      'resource "r" "m" {\n  path = "say \\"hi\\" $${x} %%{y}\\n\\t\\\\ \\u0001"\n}\n',
    );
    expect(fixed(text, [{ op: "replace", at: `${M}/path`, value: 5 }])).toBe('resource "r" "m" {\n  path = 5\n}\n');
    expect(fixed(text, [{ op: "replace", at: `${M}/path`, value: false }])).toBe('resource "r" "m" {\n  path = false\n}\n');
    expect(fixed(text, [{ op: "replace", at: `${M}/path`, value: ["a", "b"] }])).toBe('resource "r" "m" {\n  path = ["a", "b"]\n}\n');
    expect(fixed(text, [{ op: "replace", at: `${M}/path`, value: { a: 1 } }])).toBeUndefined();
  });

  it("replaces a list over several lines with one line, which then joins the group fmt aligns", () => {
    const text = 'resource "r" "m" {\n  protocol = "tcp/22"\n  origin_direct = [\n    "tcp://192.0.2.1:22",\n    "tcp://192.0.2.2:22",\n  ]\n  tls = "off"\n}\n';
    expect(fixed(text, [{ op: "replace", at: `${M}/origin_direct`, value: ["tcp://192.0.2.1:22"] }])).toBe(
      'resource "r" "m" {\n  protocol      = "tcp/22"\n  origin_direct = ["tcp://192.0.2.1:22"]\n  tls           = "off"\n}\n',
    );
  });

  it("never replaces an expression: the fix belongs where it is defined", () => {
    expect(fixed('resource "r" "m" {\n  method = var.method\n}\n', [{ op: "replace", at: `${M}/method`, value: "GET" }])).toBeUndefined();
    expect(fixed('resource "r" "m" {\n  path = "/${var.p}"\n}\n', [{ op: "replace", at: `${M}/path`, value: "/" }])).toBeUndefined();
    expect(fixed('resource "r" "m" {\n  o = ["tcp://192.0.2.1:22", local.o]\n}\n', [{ op: "replace", at: `${M}/o`, value: ["x"] }])).toBeUndefined();
    expect(fixed('resource "r" "m" {\n  n = (1)\n}\n', [{ op: "replace", at: `${M}/n`, value: 2 }])).toBeUndefined();
    // A heredoc is left as written.
    expect(fixed('resource "r" "m" {\n  body = <<EOT\nok\nEOT\n}\n', [{ op: "replace", at: `${M}/body`, value: "ok" }])).toBeUndefined();
  });

  it("removes an argument with its lines, re-padding the group whose longest name it had", () => {
    const text = 'resource "r" "m" {\n  type           = "http"\n  expected_codes = "200" # codes\n  port           = 80\n}\n';
    expect(fixed(text, [{ op: "remove", at: `${M}/expected_codes` }])).toBe('resource "r" "m" {\n  type = "http"\n  port = 80\n}\n');
    expect(fixed(text, [{ op: "remove", at: `${M}/port` }])).toBe('resource "r" "m" {\n  type           = "http"\n  expected_codes = "200" # codes\n}\n');
    // Lines fmt had not aligned are left as they are.
    const loose = 'resource "r" "m" {\n  type = "http"\n  expected_codes = "200"\n  port           = 80\n}\n';
    expect(fixed(loose, [{ op: "remove", at: `${M}/expected_codes` }])).toBe('resource "r" "m" {\n  type = "http"\n  port = 80\n}\n');
    expect(fixed(loose, [{ op: "remove", at: `${M}/type` }])).toBe('resource "r" "m" {\n  expected_codes = "200"\n  port           = 80\n}\n');
  });

  it("removes neither a block, nor the last member of an object, nor what shares its line", () => {
    expect(fixed('resource "r" "m" {\n  protocol = "tcp/22"\n  origin_dns {\n    name = "a"\n  }\n}\n', [{ op: "remove", at: `${M}/origin_dns/0` }])).toBeUndefined();
    expect(fixed('resource "r" "m" {\n  protocol = "tcp/22"\n  dns = {\n    type = "A"\n  }\n}\n', [{ op: "remove", at: `${M}/dns/type` }])).toBeUndefined();
    expect(fixed('resource "r" "m" {\n  dns = { type = "A", name = "a" }\n}\n', [{ op: "remove", at: `${M}/dns/type` }])).toBeUndefined();
  });

  it("adds an argument to the last group, padded to its column, or after a blank line when its name is longer", () => {
    const text = 'resource "r" "m" {\n  type           = "http"\n  expected_codes = "200"\n\n  header {\n    header = "Host"\n    values = ["a"]\n  }\n}\n';
    expect(fixed(text, [{ op: "add", at: `${M}/method`, value: "GET" }])).toBe(
      'resource "r" "m" {\n  type           = "http"\n  expected_codes = "200"\n  method         = "GET"\n\n  header {\n    header = "Host"\n    values = ["a"]\n  }\n}\n',
    );
    expect(fixed(text, [{ op: "add", at: `${M}/follow_redirects`, value: true }])).toBe(
      'resource "r" "m" {\n  type           = "http"\n  expected_codes = "200"\n\n  follow_redirects = true\n\n  header {\n    header = "Host"\n    values = ["a"]\n  }\n}\n',
    );
    // After a heredoc, which fmt aligns with the group it starts in.
    expect(fixed('resource "r" "m" {\n  type          = "http"\n  expected_body = <<-EOT\n    ok\n  EOT\n}\n', [{ op: "add", at: `${M}/path`, value: "/" }])).toBe(
      'resource "r" "m" {\n  type          = "http"\n  expected_body = <<-EOT\n    ok\n  EOT\n  path          = "/"\n}\n',
    );
    expect(fixed(text, [{ op: "add", at: `${M}/type`, value: "https" }])).toBeUndefined();
  });

  it("edits nested v4 blocks and v5 attribute objects alike", () => {
    const v4 = 'resource "r" "m" {\n  name = "lb"\n  session_affinity_attributes {\n    samesite = "Lax"\n    secure   = "Auto"\n  }\n}\n';
    expect(fixed(v4, [{ op: "add", at: `${M}/session_affinity_attributes/0/drain_duration`, value: 60 }])).toBe(
      'resource "r" "m" {\n  name = "lb"\n  session_affinity_attributes {\n    samesite = "Lax"\n    secure   = "Auto"\n\n    drain_duration = 60\n  }\n}\n',
    );
    const oneLine = 'resource "r" "m" {\n  name = "lb"\n  session_affinity_attributes { samesite = "lax" }\n}\n';
    expect(fixed(oneLine, [{ op: "replace", at: `${M}/session_affinity_attributes/0/samesite`, value: "Lax" }])).toBe(
      'resource "r" "m" {\n  name = "lb"\n  session_affinity_attributes { samesite = "Lax" }\n}\n',
    );
    // A one-line block holds one argument.
    expect(fixed(oneLine, [{ op: "add", at: `${M}/session_affinity_attributes/0/secure`, value: "Auto" }])).toBeUndefined();

    const v5 = 'resource "r" "m" {\n  name = "lb"\n  session_affinity_attributes = {\n    samesite       = "Lax"\n    drain_duration = 60\n  }\n}\n';
    expect(fixed(v5, [{ op: "add", at: `${M}/session_affinity_attributes/secure`, value: "Auto" }])).toBe(
      'resource "r" "m" {\n  name = "lb"\n  session_affinity_attributes = {\n    samesite       = "Lax"\n    drain_duration = 60\n    secure         = "Auto"\n  }\n}\n',
    );
    expect(fixed(v5, [{ op: "remove", at: `${M}/session_affinity_attributes/drain_duration` }])).toBe(
      'resource "r" "m" {\n  name = "lb"\n  session_affinity_attributes = {\n    samesite = "Lax"\n  }\n}\n',
    );
  });

  it("keeps CRLF line endings", () => {
    const text = 'resource "r" "m" {\r\n  type   = "http"\r\n  port   = 80\r\n  method = "GET"\r\n}\r\n';
    expect(
      fixed(text, [
        { op: "remove", at: `${M}/port` },
        { op: "add", at: `${M}/path`, value: "/" },
      ]),
    ).toBe('resource "r" "m" {\r\n  type   = "http"\r\n  method = "GET"\r\n  path   = "/"\r\n}\r\n');
  });

  it("makes no edit where fmt could read a line otherwise (a block comment over lines)", () => {
    const text = 'resource "r" "m" {\n  /* a\n  b */\n  port = 80\n  type = "http"\n}\n';
    expect(fixed(text, [{ op: "remove", at: `${M}/port` }])).toBeUndefined();
  });
});

describe("where a rule's edit lands in a Terraform resource", () => {
  function resource(text: string, path = "m.tf") {
    const [found] = extractDocument(parseDocument(text, path)).resources;
    return found!;
  }

  it("at the attribute written under the API's name, in the resource's own block", () => {
    const lb = resource(
      'resource "cloudflare_load_balancer" "lb" {\n  fallback_pool_id = "a"\n  default_pools    = ["a"]\n  proxied          = true\n  session_affinity_attributes {\n    samesite = "Lax"\n  }\n}\n',
    );
    const at = "/resource/cloudflare_load_balancer/lb";
    expect(lb.editPointer!("/proxied", "replace")).toBe(`${at}/proxied`);
    expect(lb.editPointer!("/default_pools", "replace")).toBe(`${at}/default_pools`);
    expect(lb.editPointer!("/session_affinity_attributes/samesite", "remove")).toBe(`${at}/session_affinity_attributes/0/samesite`);
    expect(lb.editPointer!("/session_affinity_attributes/secure", "add")).toBe(`${at}/session_affinity_attributes/0/secure`);
    expect(lb.editPointer!("/ttl", "add")).toBe(`${at}/ttl`);
    // v4's name for the field, a field whose name differs between v4 and v5, a v4 block.
    expect(lb.editPointer!("/fallback_pool", "replace")).toBeUndefined();
    expect(lb.editPointer!("/fallback_pool", "add")).toBeUndefined();
    expect(lb.editPointer!("/session_affinity_attributes", "remove")).toBeUndefined();
    // Set already, or nowhere to add it.
    expect(lb.editPointer!("/proxied", "add")).toBeUndefined();
    expect(lb.editPointer!("/adaptive_routing/failover_across_pools", "add")).toBeUndefined();
  });

  it("nowhere for fields the provider writes otherwise than the API", () => {
    const monitor = resource('resource "cloudflare_load_balancer_monitor" "m" {\n  type = "https"\n  header = { Host = ["a.example.com"] }\n}\n');
    expect(monitor.editPointer!("/header/Host", "replace")).toBeUndefined();
    expect(monitor.editPointer!("/header", "remove")).toBeUndefined();
    const app = resource('resource "cloudflare_spectrum_application" "s" {\n  protocol    = "tcp/22"\n  origin_port = 22\n  origin_dns  = { name = "a" }\n}\n');
    expect(app.editPointer!("/origin_port", "replace")).toBeUndefined();
    expect(app.editPointer!("/origin_dns", "remove")).toBe("/resource/cloudflare_spectrum_application/s/origin_dns");
    expect(app.editPointer!("/origin_dns", "replace")).toBeUndefined();
  });

  it("nowhere in what a dynamic block generates, and not for an item's removal", () => {
    const pool = resource(
      'resource "cloudflare_load_balancer_pool" "p" {\n  name = "p"\n  dynamic "origins" {\n    for_each = var.o\n    content {\n      weight = 0\n    }\n  }\n}\n',
    );
    expect(pool.editPointer!("/origins/0/weight", "replace")).toBeUndefined();
    expect(pool.editPointer!("/origins", "remove")).toBeUndefined();
    const literal = resource('resource "cloudflare_load_balancer_pool" "p" {\n  name = "p"\n  origins {\n    address = "a"\n  }\n}\n');
    expect(literal.editPointer!("/origins/0/address", "replace")).toBe("/resource/cloudflare_load_balancer_pool/p/origins/0/address");
    expect(literal.editPointer!("/origins/0", "remove")).toBeUndefined();
    // Only provider v5 knows an origin's port: a v4 block would not take it.
    expect(literal.editPointer!("/origins/0/weight", "add")).toBe("/resource/cloudflare_load_balancer_pool/p/origins/0/weight");
    expect(literal.editPointer!("/origins/0/port", "add")).toBeUndefined();
  });

  it("at the item a list's value holds, where a null item before it is left out", () => {
    const app = resource(
      'resource "cloudflare_spectrum_application" "s" {\n  protocol      = "tcp/22"\n  origin_direct = [null, "tcp://192.0.2.1:22", "tcp://2001:db8::5:22"]\n}\n',
    );
    expect(app.value.origin_direct).toEqual(["tcp://192.0.2.1:22", "tcp://2001:db8::5:22"]);
    expect(app.editPointer!("/origin_direct/1", "replace")).toBe("/resource/cloudflare_spectrum_application/s/origin_direct/2");
    expect(app.pointerOf!("/origin_direct/0")).toBe("/resource/cloudflare_spectrum_application/s/origin_direct/1");
  });

  it("nowhere in a plan, which Terraform generates", () => {
    const plan = JSON.stringify({
      format_version: "1.2",
      planned_values: { root_module: { resources: [{ address: "cloudflare_load_balancer_monitor.m", mode: "managed", type: "cloudflare_load_balancer_monitor", values: { type: "http" } }] } },
    });
    expect(resource(plan, "plan.json").editPointer).toBeUndefined();
  });
});
