import { ruleDocsUrl } from "../engine/registry.js";
import type { FormatInput } from "./index.js";

/**
 * JUnit XML for CI test tabs: one testsuite per file, one failing testcase per finding (a
 * warning too, as ESLint's JUnit output does), and one passing testcase for a clean file.
 */
export function formatJunit({ results }: FormatInput): string {
  let tests = 0;
  let failures = 0;
  let suites = "";
  for (const { filePath, findings } of results) {
    const classname = filePath.replace(/\.[^./\\]*$/, "");
    let cases = "";
    for (const f of findings) {
      const body = `${f.severity} ${f.code} at ${filePath}:${f.line}:${f.column}\n${f.message}\n${f.ruleId}: ${ruleDocsUrl(f.ruleId)}`;
      cases +=
        `    <testcase classname="${attr(classname)}" name="${attr(`${f.ruleId} at ${f.line}:${f.column}`)}">\n` +
        `      <failure type="${f.severity}" message="${attr(`${f.code}: ${f.message}`)}">${text(body)}</failure>\n` +
        `    </testcase>\n`;
    }
    if (findings.length === 0) cases = `    <testcase classname="${attr(classname)}" name="no problems"/>\n`;
    const count = Math.max(findings.length, 1);
    tests += count;
    failures += findings.length;
    suites +=
      `  <testsuite name="${attr(filePath)}" tests="${count}" failures="${findings.length}" errors="0" skipped="0">\n` +
      `${cases}  </testsuite>\n`;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="cflint" tests="${tests}" failures="${failures}" errors="0">\n${suites}</testsuites>\n`
  );
}

/** Characters XML 1.0 cannot hold at all, even escaped: most control characters and lone surrogates. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Attribute values also escape quotes, and line feeds and tabs, which parsers would turn into spaces. */
function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
