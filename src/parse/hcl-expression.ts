import { heredocClosingLine } from "../text/lines.js";

/**
 * Rules of HCL expression syntax checked on the text itself, for the arguments where the
 * grammar's error recovery cannot be trusted to say what is wrong; Terraform refuses each
 * ("Missing item separator", "Missing attribute value" and their kin): two values side by side
 * with nothing joining them (`[a b]`, `f(a b)`, `{ a = 1 b = 2 }`, `"${a b}"`), an object
 * element without its `=`, a closing bracket that closes nothing or the wrong one, and text after
 * a heredoc's opening marker. The scan follows brackets, strings, heredocs, comments and `for`
 * expressions, and gives up (finds nothing) on text it does not know, so it reports only what it
 * has understood.
 */

export interface ExpressionFlaw {
  /** Offsets of the text at fault: a value after another, an element without "=", a bracket. */
  from: number;
  to: number;
  message: string;
}

type FrameKind = "call" | "paren" | "list" | "index" | "object" | "interpolation";

interface Frame {
  kind: FrameKind;
  close: ")" | "]" | "}";
  /** A `for` expression, in which `for`, `in` and `if` join its parts. */
  isFor: boolean;
  /** In an object, the element being read: where it is so far, and whether its "=" (or ":") came. */
  element?: { from: number; to: number; assigned: boolean };
}

const OPENING = { ")": "(", "]": "[", "}": "{" } as const;

/** What the last token leaves the scan expecting. */
type After = "start" | "open" | "operator" | "dot" | "operand" | "name";

const WHY: Record<FrameKind | "argument", string> = {
  call: "a function's arguments are separated by commas",
  paren: "two values need an operator between them",
  list: "list items are separated by commas",
  index: "an index holds one expression",
  object: "object elements are separated by a comma or a line break",
  interpolation: "an interpolation holds one expression",
  argument: "an argument's value is one expression, and the argument ends with it",
};
const ELEMENT = 'an object element is a key, "=" and a value';

/** How much of a long value (a string, a heredoc) a message quotes. */
const NEAR = 40;
const OPERATORS = ["...", "=>", "==", "!=", "<=", ">=", "&&", "||", "::", "+", "-", "*", "/", "%", "<", ">", "?", ":", ",", "="];
const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
const HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)/y;

/** Gives up on text the scan does not understand. */
class Unknown extends Error {}

/**
 * The first flaw in the expression that starts at `start` (just after an argument's `=`) and
 * runs to the end of its line, or past it inside brackets, strings and heredocs.
 */
export function expressionFlaw(text: string, start: number): ExpressionFlaw | undefined {
  try {
    new Scan(text).expression(start, undefined);
    return undefined;
  } catch (thrown) {
    if (thrown instanceof Flaw) return thrown.flaw;
    if (thrown instanceof Unknown) return undefined;
    throw thrown;
  }
}

class Flaw extends Error {
  constructor(readonly flaw: ExpressionFlaw) {
    super(flaw.message);
  }
}

class Scan {
  constructor(private readonly text: string) {}

  /**
   * Scans from `at` to the end of an argument's expression (`until` undefined) or of an
   * interpolation (`until` "}"), returning the offset just past it.
   */
  expression(at: number, until: "}" | undefined): number {
    const { text } = this;
    const stack: Frame[] = [];
    let after = "start" as After;
    let i = at;
    const frame = (): Frame | undefined => stack[stack.length - 1];
    const kind = (): FrameKind | "argument" => frame()?.kind ?? (until ? "interpolation" : "argument");
    const flaw = (from: number, to: number, why: string) => {
      const token = text.slice(from, to);
      const near = token.length > NEAR ? `${token.slice(0, NEAR)}…` : token;
      // A whole quoted string is shown as it is written; anything else in quotes of its own.
      const shown = /^"[^]*"$/.test(near) && near.length > 1 ? near : JSON.stringify(near);
      return new Flaw({ from, to, message: `unexpected ${shown}: ${why}` });
    };
    /** A token of the innermost frame: in an object, part of the element being read. */
    const note = (from: number, to: number, assigns = false) => {
      const top = frame();
      if (top?.kind !== "object" || top.isFor) return;
      const element = (top.element ??= { from, to, assigned: false });
      element.to = to;
      if (assigns) element.assigned = true;
    };
    /** An object's element ends (at a line break, a comma or the closing brace): it must have had its "=". */
    const endElement = () => {
      const top = frame();
      const element = top?.element;
      if (!top || !element) return;
      top.element = undefined;
      if (!element.assigned) throw flaw(element.from, element.to, ELEMENT);
    };
    /** A value starts at `from`: a flaw if one just ended. */
    const operand = (from: number, to: number, ends: After = "operand") => {
      if (after === "operand" || after === "name") throw flaw(from, to, WHY[kind()]);
      note(from, to);
      after = ends;
    };
    while (i < text.length) {
      const c = text[i]!;
      if (c === " " || c === "\t" || c === "\r" || (until && c === "~" && (text[i + 1] === "}" || after === "start"))) {
        i++;
      } else if (c === "\n") {
        if (stack.length === 0 && !until) return i;
        // Inside braces a line break ends an element; inside brackets it is only space.
        if (frame()?.kind === "object" && after !== "open") {
          endElement();
          after = "operator";
        }
        i++;
      } else if (c === "#" || text.startsWith("//", i)) {
        i = lineEnd(text, i);
      } else if (text.startsWith("/*", i)) {
        const end = text.indexOf("*/", i + 2);
        if (end === -1) throw new Unknown();
        i = end + 2;
      } else if (c === '"') {
        // Judged before its end is sought: a stray quote after a value starts a string that never ends.
        const end = this.quoted(i + 1);
        operand(i, end ?? lineEnd(text, i));
        if (end === undefined) throw new Unknown();
        i = end;
      } else if (text.startsWith("<<", i)) {
        HEREDOC.lastIndex = i;
        const heredoc = HEREDOC.exec(text);
        if (!heredoc) throw new Unknown();
        const marker = heredocMarkerFlaw(text, i);
        if (marker) throw new Flaw(marker);
        const end = heredocEnd(text, lineEnd(text, i) + 1, heredoc[1]!);
        operand(i, end);
        i = end;
      } else if (isDigit(c)) {
        NUMBER.lastIndex = i;
        NUMBER.exec(text);
        // After a dot, a number is an index into what came before (`list.0`).
        if (after === "dot") {
          note(i, NUMBER.lastIndex);
          after = "operand";
        } else operand(i, NUMBER.lastIndex);
        i = NUMBER.lastIndex;
      } else if (isNameStart(c)) {
        IDENTIFIER.lastIndex = i;
        const name = IDENTIFIER.exec(text)![0];
        const end = i + name.length;
        const top = frame();
        if (after === "dot") {
          note(i, end);
          after = "name";
        } else if (name === "for" && after === "open" && (top?.kind === "list" || top?.kind === "object")) {
          top.isFor = true;
          after = "operator";
        } else if (top?.isFor && (name === "in" || name === "if")) after = "operator";
        else operand(i, end, "name");
        i = end;
      } else if (c === "(" || c === "[" || c === "{") {
        if (c === "(") {
          if (after === "name") {
            note(i, i + 1);
            stack.push({ kind: "call", close: ")", isFor: false });
          } else {
            operand(i, i + 1);
            stack.push({ kind: "paren", close: ")", isFor: false });
          }
        } else if (c === "[") {
          // After a value, brackets index it (`a[0]`, `a[*]`).
          const indexes = after === "operand" || after === "name";
          if (indexes) note(i, i + 1);
          else operand(i, i + 1);
          stack.push({ kind: indexes ? "index" : "list", close: "]", isFor: false });
        } else {
          operand(i, i + 1);
          stack.push({ kind: "object", close: "}", isFor: false });
        }
        after = "open";
        i++;
      } else if (c === ")" || c === "]" || c === "}") {
        const top = frame();
        if (!top) {
          // A one-line block's "}", or the end of an interpolation.
          if (c === "}") return until ? i + 1 : i;
          throw flaw(i, i + 1, WHY[kind()]);
        }
        if (top.close !== c) throw flaw(i, i + 1, `the "${OPENING[top.close]}" before it is closed by "${top.close}"`);
        if (top.kind === "object") endElement();
        stack.pop();
        note(i, i + 1);
        after = "operand";
        i++;
      } else if (c === ".") {
        const length = text.startsWith("...", i) ? 3 : 1;
        note(i, i + length);
        after = length === 3 ? "operator" : "dot";
        i += length;
      } else if (c === "!" && text[i + 1] !== "=") {
        operand(i, i + 1, "operator");
        i++;
      } else {
        const op = OPERATORS.find((o) => text.startsWith(o, i));
        if (!op) throw new Unknown();
        if (op === "," && frame()?.kind === "object") endElement();
        else note(i, i + op.length, op === "=" || op === ":");
        // A splat (`a.*.b`, `a[*]`) stands where an attribute name or index would.
        after = op === "*" && (after === "dot" || after === "open") ? "name" : "operator";
        i += op.length;
      }
    }
    if (stack.length > 0 || until) throw new Unknown();
    return i;
  }

  /**
   * Scans a quoted string from just after its opening quote, checking its interpolations;
   * returns the offset past its closing quote, or undefined when the line or the text ends first.
   */
  private quoted(at: number): number | undefined {
    const { text } = this;
    let i = at;
    while (i < text.length) {
      const c = text[i]!;
      if (c === "\\") i += 2;
      else if (c === '"') return i + 1;
      else if (c === "\n") return undefined;
      else if (text.startsWith("$${", i) || text.startsWith("%%{", i)) i += 3;
      else if (text.startsWith("${", i)) i = this.expression(i + 2, "}");
      else if (text.startsWith("%{", i)) {
        // A directive (`%{ if … }`) is read as a whole, not checked.
        const end = text.indexOf("}", i);
        if (end === -1) throw new Unknown();
        i = end + 1;
      } else i++;
    }
    return undefined;
  }
}

/** Text after the opening marker of the heredoc at `at` ("<<EOT", "<<-EOT"), which must end its line. */
export function heredocMarkerFlaw(text: string, at: number): ExpressionFlaw | undefined {
  HEREDOC.lastIndex = at;
  const heredoc = HEREDOC.exec(text);
  const after = HEREDOC.lastIndex;
  if (!heredoc || after === text.length || /^\r?\n/.test(text.slice(after, after + 2))) return undefined;
  return { from: at, to: lineEnd(text, at), message: `a heredoc's "${heredoc[0]}" must end its line, with nothing after it` };
}

/** The offset just past a heredoc's closing marker, its body starting at `body`. */
function heredocEnd(text: string, body: number, marker: string): number {
  const closing = heredocClosingLine(text, body, marker);
  if (!closing) throw new Unknown();
  return text.indexOf(marker, closing.start) + marker.length;
}


function lineEnd(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end === -1 ? text.length : end;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function isNameStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}
