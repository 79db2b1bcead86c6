import { dirname, relative, resolve, sep } from "node:path";
import { FATAL_RULES } from "../engine/builtin-rules.js";
import type { FileResult, Finding } from "../engine/finding.js";
import { parseDocument } from "../parse/index.js";
import { ConfigError } from "./errors.js";

/**
 * The findings a repository accepted when it adopted cflint. A finding is known by its rule, its
 * file, its pointer and the fingerprint of the value there, never by line: edits elsewhere in the
 * file do not bring it back, a change to the value itself does.
 */
export interface BaselineEntry {
  rule: string;
  /** Relative to the baseline file's directory, with forward slashes. */
  file: string;
  pointer: string;
  fingerprint: string;
  /** For people reviewing the baseline; not used to match. */
  message: string;
}

export interface BaselineFile {
  version: 1;
  findings: BaselineEntry[];
}

/** Findings that may go in a baseline: not those that mean a file was not checked at all. */
function recordable(finding: Finding): finding is Finding & { fingerprint: string } {
  return finding.fingerprint !== undefined && !FATAL_RULES.has(finding.ruleId);
}

export function createBaseline(results: readonly FileResult[], baselinePath: string, cwd: string): BaselineFile {
  const dir = dirname(resolve(cwd, baselinePath));
  const findings: BaselineEntry[] = results.flatMap((r) =>
    r.findings.filter(recordable).map((f) => ({
      rule: f.ruleId,
      file: fileKey(dir, r.filePath, cwd),
      pointer: f.pointer,
      fingerprint: f.fingerprint,
      message: f.message,
    })),
  );
  findings.sort((a, b) => compare(a.file, b.file) || compare(a.rule, b.rule) || compare(a.pointer, b.pointer) || compare(a.message, b.message));
  return { version: 1, findings };
}

/** Reads a baseline written by --write-baseline; a file that is not one is a ConfigError. */
export function parseBaseline(text: string, shownPath: string): BaselineFile {
  const document = parseDocument(text, shownPath);
  const syntax = document.problems.find((p) => p.kind === "syntax");
  if (syntax) throw new ConfigError([`${shownPath}:${syntax.range.line}:${syntax.range.column}: invalid JSON: ${syntax.message}`]);
  const value = document.value as Partial<BaselineFile> | null;
  const valid =
    value !== null &&
    typeof value === "object" &&
    value.version === 1 &&
    Array.isArray(value.findings) &&
    value.findings.every(
      (e: unknown) =>
        e !== null &&
        typeof e === "object" &&
        ["rule", "file", "pointer", "fingerprint"].every((k) => typeof (e as Record<string, unknown>)[k] === "string"),
    );
  if (!valid) throw new ConfigError([`${shownPath}: not a cflint baseline (version 1); write one with --write-baseline ${shownPath}`]);
  return value as BaselineFile;
}

/** The results without the findings the baseline accepted; each entry accepts one finding. */
export function applyBaseline(results: readonly FileResult[], baseline: BaselineFile, baselinePath: string, cwd: string): FileResult[] {
  const dir = dirname(resolve(cwd, baselinePath));
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = entryKey(e.rule, e.file, e.pointer, e.fingerprint);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  return results.map((result) => {
    const file = fileKey(dir, result.filePath, cwd);
    const findings = result.findings.filter((f) => {
      if (!recordable(f)) return true;
      const key = entryKey(f.ruleId, file, f.pointer, f.fingerprint);
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      return false;
    });
    return { ...result, findings };
  });
}

function fileKey(baselineDir: string, filePath: string, cwd: string): string {
  if (filePath === "<stdin>") return filePath;
  return relative(baselineDir, resolve(cwd, filePath)).split(sep).join("/");
}

function entryKey(rule: string, file: string, pointer: string, fingerprint: string): string {
  return [rule, file, pointer, fingerprint].join("\0");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
