import { defineRule } from "../../src/engine/rule.js";
import { parseExpectedCodes, type CodeItem } from "../../src/http/expected-codes.js";
import { expectedCodesOf, isHttpMonitor, monitorMethod } from "../../src/http/monitor.js";
import { utf8Length } from "../../src/http/request-path.js";

/** Cloudflare looks for expected_body in the first 10 KB of the response only. */
const BODY_BYTES_READ = 10 * 1024;

/** Statuses whose responses never carry a body (RFC 9110): 1xx, 204, 205 and 304. */
function bodiless(item: CodeItem): boolean {
  return item.kind === "class" ? item.digit === 1 : item.code < 200 || [204, 205, 304].includes(item.code);
}

export default defineRule({
  id: "monitor/expected-body-unreadable",
  kinds: ["monitor"],
  severity: "error",
  predicts: "Response body mismatch",
  description: "expected_body must be findable: a GET with a status that has a body, within the first 10 KB",
  check(monitor, ctx) {
    const body = monitor.expected_body;
    if (!isHttpMonitor(monitor) || typeof body !== "string" || body === "") return;
    const method = monitorMethod(monitor);
    const expected = expectedCodesOf(monitor);
    const codes = parseExpectedCodes(expected);
    let why: string | undefined;
    if (method.toUpperCase() === "HEAD") why = 'a HEAD response has no body. Use "method": "GET"';
    else if (codes.ok && codes.value.items.every(bodiless))
      why = `expected_codes "${expected}" accepts only statuses without a body. Accept the status the page returns with its body, or remove expected_body`;
    else if (utf8Length(body) > BODY_BYTES_READ)
      why = `it is ${utf8Length(body)} bytes and only the first 10 KB of the body is read. Look for a short marker near the start of the page`;
    if (!why) return;
    const head = method.toUpperCase() === "HEAD";
    ctx.report({
      at: "/expected_body",
      message: `expected_body can never be found: ${why}`,
      suggestions: head ? [{ desc: 'use "method": "GET"', fix: { op: "replace", at: "/method", value: "GET" } }] : [],
    });
  },
});
