/** The library API: the same engine the CLI runs. */
export { lintFiles, lintText, lintSources } from "./engine/index.js";
export type { FileResult, Finding, LintRun, LintSettings, Severity, SourceFile } from "./engine/index.js";
export type { AccountFacts } from "./engine/account.js";
