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
