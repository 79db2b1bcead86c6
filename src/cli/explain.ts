import { allCodes, formatCode, lookupCode } from "../codes/index.js";
import { allRules, findRule, ruleDocsUrl } from "../engine/registry.js";
import { closest } from "../text/did-you-mean.js";
import { EXIT, UsageError, writeStdout } from "./io.js";

export function explain(key: string): number {
  const rule = findRule(key);
  if (rule) {
    let out = `${rule.id}  (${rule.severity} by default)\n${rule.description}.\nPredicts: ${rule.predicts}\nDocs: ${ruleDocsUrl(rule.id)}\n`;
    const entry = lookupCode(rule.predicts);
    if (entry) out += `\n${formatCode(entry)}\n`;
    writeStdout(out);
    return EXIT.clean;
  }
  const entry = lookupCode(key);
  if (!entry) {
    const guess = closest(key, [...allCodes().map((c) => c.code), ...allRules().map((r) => r.id)]);
    throw new UsageError(`unknown code or rule "${key}"${guess ? `; did you mean "${guess}"?` : ""} (cflint rules lists them)`);
  }
  const predicting = allRules().filter((r) => r.predicts === entry.code);
  let out = `${formatCode(entry)}\n`;
  if (predicting.length > 0) out += `Rules that predict it: ${predicting.map((r) => r.id).join(", ")}\n`;
  writeStdout(out);
  return EXIT.clean;
}
