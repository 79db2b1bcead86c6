import { beforeAll, describe, expect, it } from "vitest";
import { terraformWithoutCheckedTypes, unparsedIsUnrelated } from "../../src/extract/unrelated.js";
import { loadParsers, parseDocument } from "../../src/parse/index.js";

function unrelated(path: string, text: string): boolean {
  const document = parseDocument(text, path);
  // Only for text that does not parse: make sure each case is one.
  expect(document.value).toBeUndefined();
  return unparsedIsUnrelated(document, path);
}

beforeAll(() => loadParsers(["a.yaml", "a.tf"]));

describe("unparsedIsUnrelated: text that does not parse, and holds nothing cflint checks", () => {
  it.each([
    ["tsconfig.json", '{\n  // strict\n  "compilerOptions": {"strict": true},\n}\n'],
    [".vscode/settings.json", '{\n  /* editor */ "editor.tabSize": 2\n}'],
    ["s3.tf", 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n'],
    ["s3.tf.json", '{"resource": {"aws_s3_bucket": {"b": {"bucket": }}}}'],
    ["chart/templates/svc.yaml", "metadata:\n  name: {{ .Release.Name }}\n  {{- if .Values.x }}\n  labels: x\n"],
    ["role.yml", "tasks:\n  - name: x\n    {% if a %}\n"],
    ["empty.json", ""],
    ["blank.json", " \n\n"],
  ])("%s is unrelated", (path, text) => {
    expect(unrelated(path, text)).toBe(true);
  });

  it.each([
    // JSONC that holds a pool: configuration with comments the API would refuse.
    ["pool.json", '{\n  // edge\n  "origins": [{"address": "192.0.2.1"}],\n}'],
    // Does not parse even leniently: it may be configuration.
    ["monitor.json", '{"type": \n'],
    ["lb.yaml", "name: lb\ndefault_pools: [a\nfallback_pool: b\n"],
    ["pool.tf", 'resource "cloudflare_load_balancer_pool" "p" {\n  origins = [\n}\n'],
    ["app.tf.json", '{"resource": {"cloudflare_spectrum_application": {"a": {"protocol": }}}}'],
    ["escaped.tf", 'resource "cloudflare\\u005fload_balancer_pool" "p" {\n  origins = [\n}\n'],
    // Too deep for the JSONC parser to look into.
    ["deep.json", "[".repeat(10_000)],
    // Braces, but no template: `{{` without its `}}` on the line.
    ["broken.json", '{"a": {{\n}}'],
    // A template that names a key of cflint's objects, in a comment or a value: not passed over.
    ["lb.yaml", "# rendered for {{ env }}\nname: lb\ndefault_pools: [a\n"],
    ["monitor.json", '{"expected_body": "{{ok}}",\n<<<<<<< HEAD\n"port": 80\n=======\n"port": 8080\n>>>>>>> x\n}'],
  ])("%s may be configuration", (path, text) => {
    expect(unrelated(path, text)).toBe(false);
  });
});

describe("terraformWithoutCheckedTypes: Terraform that cannot declare a resource cflint checks, told unparsed", () => {
  it.each([
    ["s3.tf", 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'],
    ["dns.tf", 'resource "cloudflare_record" "www" {\n  name = "www"\n  value = "lb.example.com"\n}\n'],
    ["broken.tf", 'resource "aws_instance" "a" {\n  ami = \n'],
    ["vars.tf.json", '{"variable": {"zone": {"default": "example.com"}}}'],
    // Escapes other than \u and \U cannot spell a letter.
    ["paths.tf", 'locals {\n  dir = "C:\\\\temp\\tcloudflare\\n"\n}\n'],
  ])("%s", (path, text) => {
    expect(terraformWithoutCheckedTypes(text, path)).toBe(true);
  });

  it.each([
    ["pool.tf", 'resource "cloudflare_load_balancer_pool" "p" {\n  name = "p"\n}\n'],
    // An identifier label, not a string.
    ["lb.tf", "resource cloudflare_load_balancer www {\n  name = \"www.example.com\"\n}\n"],
    ["app.tf.json", '{"resource": {"cloudflare_spectrum_application": {"a": {"protocol": "tcp/22"}}}}'],
    // Named only through an escape, which the label's reading decodes.
    ["escaped.tf", 'resource "cloudflare\\u005fload_balancer_monitor" "m" {\n  type = "https"\n}\n'],
    ["escaped.tf.json", '{"resource": {"cloudflare\\u005Fspectrum_application": {"a": {}}}}'],
    ["long-escape.tf", 'resource "\\U00000063loudflare_load_balancer" "lb" {}\n'],
    // Not Terraform: JSON and YAML are told by their fields, after parsing.
    ["s3.json", '{"resource": {"aws_s3_bucket": {}}}'],
    ["s3.yaml", "resource: aws_s3_bucket\n"],
  ])("%s may declare one", (path, text) => {
    expect(terraformWithoutCheckedTypes(text, path)).toBe(false);
  });
});
