import { describe, expect, it } from "vitest";
import { printable } from "../../src/text/printable.js";

describe("printable", () => {
  it("writes line breaks and tabs as their escapes", () => {
    expect(printable("a\nb\r\nc\td")).toBe("a\\nb\\r\\nc\\td");
  });

  it("writes other controls, DEL, C1 controls, bidirectional and separator marks as \\u escapes", () => {
    expect(printable("\u0000\u001b[31mred\u007f\u0085\u202eevil\u2066\u2028\u200f")).toBe(
      "\\u0000\\u001b[31mred\\u007f\\u0085\\u202eevil\\u2066\\u2028\\u200f",
    );
  });

  it("leaves printable text, backslashes and other scripts alone", () => {
    const text = 'Host "api.example.com" is fine \\d+ é 名 ✖ \u00a0';
    expect(printable(text)).toBe(text);
  });
});
