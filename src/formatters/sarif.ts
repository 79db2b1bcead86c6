import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { lookupCode } from "../codes/index.js";
import type { Finding, TextEdit } from "../engine/finding.js";
import { allRules, ruleDocsUrl } from "../engine/registry.js";
import type { RuleMeta } from "../engine/rule.js";
import { packageInfo } from "../package.js";
import type { FormatInput } from "./index.js";
import { pathFromRoot, repoRoot } from "./paths.js";

const SRCROOT = "%SRCROOT%";

type ArtifactLocation = { uri: string; uriBaseId?: string } | { description: { text: string } };

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. Every rule is listed
 * in `tool.driver.rules` so `ruleIndex` is stable; paths are relative to the repository root.
 */
export function formatSarif({ results, cwd, neededFacts }: FormatInput): string {
  const root = repoRoot(cwd);
  const rules = allRules();
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const fingerprints = new Map<string, number>();

  const sarifResults = results.flatMap((result) => {
    const relative = pathFromRoot(root, cwd, result.filePath);
    const artifactLocation: ArtifactLocation =
      relative !== undefined
        ? { uri: relative.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT }
        : result.filePath === "<stdin>"
          ? { description: { text: "standard input" } }
          : { uri: pathToFileURL(resolve(cwd, result.filePath)).href };
    const fileKey = "uri" in artifactLocation ? artifactLocation.uri : result.filePath;

    return result.findings.map((finding) => {
      // Same rule, file, pointer and value twice: number the repeats so each keeps its own identity.
      const identity = fingerprint(finding, fileKey);
      const seen = (fingerprints.get(identity) ?? 0) + 1;
      fingerprints.set(identity, seen);
      // The fix --fix applies comes first; suggestions follow, each described, for a viewer to offer.
      const fixes = [
        ...(finding.fix ? [sarifFix(finding.fix, artifactLocation, "fix")] : []),
        ...(finding.suggestions ?? []).map((s) => sarifFix(s.fix, artifactLocation, s.desc)),
      ];
      return {
        ruleId: finding.ruleId,
        ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
        level: finding.severity,
        message: { text: `${finding.code}: ${finding.message}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: finding.line,
                startColumn: finding.column,
                endLine: finding.endLine,
                endColumn: finding.endColumn,
              },
            },
          },
        ],
        partialFingerprints: { "cflint/v1": seen === 1 ? identity : `${identity}:${seen}` },
        ...(fixes.length > 0 ? { fixes } : {}),
        properties: { code: finding.code, pointer: finding.pointer },
      };
    });
  });

  const { version, homepage } = packageInfo();
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "cflint",
            version,
            semanticVersion: version,
            informationUri: homepage,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, "/") } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
        properties: {
          // Checks that stayed silent because the config does not give a fact they need.
          neededFacts: { checks: neededFacts.checks, facts: neededFacts.facts.map((f) => `account.${f}`) },
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function ruleDescriptor(rule: RuleMeta) {
  const entry = lookupCode(rule.predicts);
  const predicts = entry ? `Predicts ${entry.code} (${entry.title}): ${entry.cause}` : `Predicts ${rule.predicts}.`;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}. ${predicts}` },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: rule.severity },
    properties: { predicts: rule.predicts },
  };
}

/** Rule, file, pointer and the offending value; never the line, which moves with unrelated edits. */
function fingerprint(finding: Finding, file: string): string {
  return createHash("sha256")
    .update([finding.ruleId, file, finding.pointer, finding.fingerprint ?? ""].join("\0"))
    .digest("hex")
    .slice(0, 32);
}

function sarifFix(fix: TextEdit, artifactLocation: ArtifactLocation, description: string) {
  const [start, end] = fix.range;
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: [{ deletedRegion: { charOffset: start, charLength: end - start }, insertedContent: { text: fix.text } }],
      },
    ],
  };
}
