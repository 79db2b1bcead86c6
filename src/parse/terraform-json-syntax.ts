/*
 * Literal text in Terraform's JSON syntax, where `${` and `%{` start expressions: a literal
 * `${` is written `$${`, and `%{` as `%%{`. The HCL reader and a plan's values are written into
 * that syntax; the Terraform extractor reads it back.
 */

export function escapeLiteral(literal: string): string {
  return literal.replace(/\$\{/g, () => "$${").replace(/%\{/g, "%%{");
}

export function unescapeLiteral(text: string): string {
  return text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

/** Whether a string in that syntax holds an expression (`${…}` or `%{…}` not escaped as `$${` / `%%{`). */
export function isTemplate(text: string): boolean {
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(text);
}

/** A value that syntax writes as a literal: a number, bool or string that holds no expression, or a list of them. */
export function isLiteral(value: unknown): boolean {
  const scalar = (v: unknown) => typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && !isTemplate(v));
  return Array.isArray(value) ? value.every(scalar) : scalar(value);
}

/*
 * What Terraform refuses in one module, in its words, for the HCL reader, the JSON syntax's and
 * the engine (across files) alike. `first` is where the first one is: `line:column`, or with
 * its file's name in front when that is another file.
 */

export function argumentSetTwice(name: string, first: string): string {
  return `argument "${name}" is set twice (first at ${first}); Terraform takes each argument once per block`;
}

export function resourceDeclaredTwice(type: string, name: string, first: string): string {
  return `duplicate resource "${type}" configuration: a ${type} resource named "${name}" was already declared (first at ${first}); resource names must be unique per type in each module`;
}

/** The Terraform resource types cflint checks, by the prefix the four share, as a regular expression's source. */
export const CHECKED_RESOURCE_TYPE = "cloudflare_(?:load_balancer|spectrum_application)";
