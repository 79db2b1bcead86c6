import { allRules, ruleDocsUrl } from "../engine/registry.js";
import { EXIT, writeStdout } from "./io.js";

export function listRules(format: "text" | "json"): number {
  const rules = allRules();
  if (format === "json") {
    const out = rules.map((r) => ({
      id: r.id,
      severity: r.severity,
      predicts: r.predicts,
      description: r.description,
      docs: ruleDocsUrl(r.id),
    }));
    writeStdout(JSON.stringify(out, null, 2) + "\n");
    return EXIT.clean;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const codeWidth = Math.max(...rules.map((r) => r.predicts.length));
  writeStdout(rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.predicts.padEnd(codeWidth)}  ${r.description}\n`).join(""));
  return EXIT.clean;
}
