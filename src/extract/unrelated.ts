import type { ParsedDocument } from "../parse/document.js";
import { excessiveNesting } from "../parse/depth.js";
import { syntaxOf } from "../parse/index.js";
import { parseJson } from "../parse/json.js";
import { CHECKED_RESOURCE_TYPE } from "../parse/terraform-json-syntax.js";
import { extractDocument } from "./index.js";

const TERRAFORM_TYPES = new RegExp(CHECKED_RESOURCE_TYPE);

/**
 * Helm's and Go's `{{ … }}`, Jinja's `{% … %}` on one line: a template, not the text it renders
 * to. Bounded, so that a long line of braces is not searched again from each one.
 */
const TEMPLATE = /\{\{[^\n]{0,200}?\}\}|\{%[^\n]{0,200}?%\}/;

/** Keys only cflint's objects and bundles have. */
const KEYS = "origins|default_pools|fallback_pool|expected_codes|expected_body|origin_direct|origin_dns|monitors|pools|load_balancers|spectrum_apps";

/** One of those keys as a JSON key (`"origins":`) or a YAML one (at the start of a line or list item). */
const NAMES_CONFIGURATION = new RegExp(`"(?:${KEYS})"\\s*:|^[\\t -]*(?:${KEYS})\\s*:`, "m");

/** An escape (`\u005f`) that could spell a resource type's name in a label or key without writing it. */
const UNICODE_ESCAPE = /\\[uU]/;

/**
 * Whether Terraform text (`.tf`, `.tf.json`) cannot declare a resource cflint checks, told
 * without parsing it: it names none of the four types, not even through an escape. Most files of
 * a Terraform repository declare other resources, and reading HCL is costly (about 3 ms for 2 KB).
 */
export function terraformWithoutCheckedTypes(text: string, path: string): boolean {
  const syntax = syntaxOf(path);
  return (syntax === "hcl" || syntax === "terraform-json") && namesNoCheckedType(text);
}

function namesNoCheckedType(text: string): boolean {
  return !TERRAFORM_TYPES.test(text) && !UNICODE_ESCAPE.test(text);
}

/**
 * Whether a file that did not parse holds nothing cflint would check. Only what is certain counts:
 * an empty file; Terraform that cannot declare a resource cflint checks (above);
 * JSON that reads as JSONC (tsconfig.json and editors' settings have comments) with nothing
 * Cloudflare in it; a template (Helm's) that names no key of cflint's objects, as it is not the
 * configuration it renders to. Anything else may be broken configuration, and is not.
 */
export function unparsedIsUnrelated(document: ParsedDocument, path: string): boolean {
  const { text } = document;
  if (text.trim() === "") return true;
  const syntax = syntaxOf(path);
  if (syntax === "hcl" || syntax === "terraform-json") return namesNoCheckedType(text);
  // The JSONC parser recurses: text nested too deep for it stays a finding.
  if (syntax !== "yaml" && excessiveNesting(text) === undefined) {
    const lenient = parseJson(text, { comments: true });
    if (lenient.value !== undefined) return !extractDocument(lenient).evidence;
  }
  return TEMPLATE.test(text) && !NAMES_CONFIGURATION.test(text);
}
