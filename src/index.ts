/** The library API: the same engine the CLI runs. */
export { lintFiles, lintText, lintSources } from "./engine/index.js";
/** Loads the YAML and HCL parsers that these file names need; call it before lintSources. */
export { loadParsers } from "./parse/index.js";
export type { FileResult, Finding, LintRun, LintSettings, Severity, SourceFile, Suggestion, TextEdit } from "./engine/index.js";
export type { AccountFacts } from "./engine/account.js";
