import type { Comment } from "../parse/document.js";
import type { Range } from "../parse/position.js";
import { closest } from "../text/did-you-mean.js";
import { FATAL_RULES } from "./builtin-rules.js";
import type { Finding } from "./finding.js";

/** A config entry that silences one rule at one pointer (and everything inside it) of the files it is given for. */
export interface Suppression {
  rule: string;
  pointer: string;
  reason: string;
}

/** `cflint-disable-next-line <rule-id>[, <rule-id>…] -- <reason>` in a comment. */
export interface Directive {
  /** The comment's range; the directive silences findings that start on the line after it ends. */
  range: Range;
  rules: string[];
}

/** A comment that looks like a directive but cannot be applied as written. */
export interface DirectiveProblem {
  range: Range;
  message: string;
}

const KEYWORD = "cflint-disable-next-line";
const EXAMPLE = `${KEYWORD} <rule-id> -- <reason>`;

/**
 * Reads the directives in a file's comments. A directive without a reason silences nothing, so
 * the finding it meant to hide still shows next to the complaint about the missing reason.
 */
export function readDirectives(comments: readonly Comment[], ruleIds: readonly string[]): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  for (const { text, range } of comments) {
    const word = /^cflint-(?:disable|enable)\S*/.exec(text)?.[0];
    if (word === undefined) continue;
    if (word !== KEYWORD) {
      problems.push({ range, message: `"${word}" is not a cflint directive; only ${EXAMPLE} is supported` });
      continue;
    }
    const rest = text.slice(KEYWORD.length);
    const split = /(?:^|\s)--(?:\s|$)/.exec(rest);
    const list = split ? rest.slice(0, split.index) : rest;
    const reason = split ? rest.slice(split.index + split[0].length).trim() : "";
    const ids = list.split(/[\s,]+/).filter((id) => id !== "");
    if (ids.length === 0) {
      problems.push({ range, message: `${KEYWORD} names no rule: write ${EXAMPLE}` });
      continue;
    }
    if (reason === "") {
      problems.push({ range, message: `suppressing ${ids.join(", ")} needs a reason: write ${KEYWORD} ${ids.join(", ")} -- <why this is acceptable>` });
      continue;
    }
    const rules: string[] = [];
    for (const id of ids) {
      if (FATAL_RULES.has(id)) problems.push({ range, message: `${id} cannot be suppressed: it means the file was not checked` });
      else if (ruleIds.includes(id)) rules.push(id);
      else {
        const guess = closest(id, ruleIds);
        problems.push({ range, message: `unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : " (cflint rules lists them)"}` });
      }
    }
    if (rules.length > 0) directives.push({ range, rules });
  }
  return { directives, problems };
}

/** Whether a suppression at `pointer` covers a finding at `at`: the value itself or anything inside it. */
export function covers(pointer: string, at: string): boolean {
  return pointer === "" || at === pointer || at.startsWith(pointer + "/");
}

/** Whether a directive silences this finding. */
export function silences(directive: Directive, finding: Finding): boolean {
  return finding.line === directive.range.endLine + 1 && directive.rules.includes(finding.ruleId);
}
