import { describe, expect, it } from "vitest";
import { expressionFlaw } from "../../src/parse/hcl-expression.js";

/** The flaw in `value` written as an argument's expression, as [offset in value, token, message]. */
function flawIn(value: string): [number, string, string] | undefined {
  const text = `a = ${value}\nb = 1\n`;
  const flaw = expressionFlaw(text, 3);
  return flaw && [flaw.from - 4, text.slice(flaw.from, flaw.to), flaw.message];
}

describe("expressionFlaw: two values with nothing joining them, which Terraform refuses", () => {
  it.each([
    ["[a b]", 3, "b", 'unexpected "b": list items are separated by commas'],
    ['[\n  "a"\n  "b"\n]', 10, '"b"', 'unexpected "b": list items are separated by commas'],
    ["[cloudflare_load_balan\ncer_pool.example.id]", 23, "cer_pool", 'unexpected "cer_pool": list items are separated by commas'],
    ["concat(var.items\n_to_remove, var.b)", 17, "_to_remove", `unexpected "_to_remove": a function's arguments are separated by commas`],
    ["{ a = 1 b = 2 }", 8, "b", 'unexpected "b": object elements are separated by a comma or a line break'],
    ['"${a b}-x"', 5, "b", 'unexpected "b": an interpolation holds one expression'],
    ["list[0 1]", 7, "1", 'unexpected "1": an index holds one expression'],
    ["(a b)", 3, "b", 'unexpected "b": two values need an operator between them'],
    ["x y", 2, "y", `unexpected "y": an argument's value is one expression, and the argument ends with it`],
    ["a !b", 2, "!", `unexpected "!": an argument's value is one expression, and the argument ends with it`],
    ["f(a) {}", 5, "{", `unexpected "{": an argument's value is one expression, and the argument ends with it`],
    [`[1 "${"x".repeat(60)}"]`, 3, `"${"x".repeat(60)}"`, `unexpected "\\"${"x".repeat(39)}…": list items are separated by commas`],
    ['ingress"', 7, '"', `unexpected "\\"": an argument's value is one expression, and the argument ends with it`],
    ["{\n  type = r\nule.type\n}", 13, "ule.type", 'unexpected "ule.type": an object element is a key, "=" and a value'],
    ["{ a = 1, b }", 9, "b", 'unexpected "b": an object element is a key, "=" and a value'],
    ['"0092"]', 6, "]", `unexpected "]": an argument's value is one expression, and the argument ends with it`],
    ["[a)", 2, ")", 'unexpected ")": the "[" before it is closed by "]"'],
    ["<<-EOT Hello\nEOT", 0, "<<-EOT Hello", `a heredoc's "<<-EOT" must end its line, with nothing after it`],
    ["<<EOT \nHello\nEOT", 0, "<<EOT ", `a heredoc's "<<EOT" must end its line, with nothing after it`],
  ])("%j at %i", (value, at, token, message) => {
    expect(flawIn(value)).toEqual([at, token, message]);
  });

  it.each([
    ["[a, b]"],
    ['[\n  "a", # first\n  "b",\n]'],
    ["f(a, b...)"],
    ["provider::aws::arn_parse(var.arn).region"],
    ["{\n  a = 1\n  b = 2\n}"],
    ["{ a = 1, b: 2 }"],
    ["[for k, v in var.m : v if v != null]"],
    ["{\n  for key, value in var.m :\n  key => value...\n  if value != null\n}"],
    ['"${a.b}-${c[0]}"'],
    ['"${~ a ~}"'],
    ['"%{ if var.x }yes%{ else }no%{ endif }"'],
    ['"$${literal} %%{literal}"'],
    ["<<EOT\nhello ${x y}\nEOT"],
    ["<<-EOT\n    indented\n    EOT"],
    ["<<EOT\r\nwindows line ends\r\nEOT"],
    ["a.b[*].c"],
    ["a.*.b"],
    ["list.0.name"],
    ["var.on ? 1 : -1"],
    ["!var.off && (1 - -2) >= 3"],
    ["1.5e3 * 2"],
    ["tomap({ (var.key) = 1 })"],
    ["f(\n  a,\n  b\n) /* done */ # and a comment"],
  ])("%j", (value) => {
    expect(flawIn(value)).toBeUndefined();
  });

  it("ends with the argument's line, or at a one-line block's closing brace", () => {
    expect(expressionFlaw("a = 1\nb c\n", 3)).toBeUndefined();
    expect(expressionFlaw('x { a = [1] } "y"\n', 7)).toBeUndefined();
  });

  it("gives up on text it does not know, rather than guess", () => {
    for (const value of ["(1 +", "a @ b", '"unterminated', "'single'", "<<EOT\nno end"]) expect(flawIn(value)).toBeUndefined();
  });
});
