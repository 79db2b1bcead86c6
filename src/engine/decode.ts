import { decodeText } from "../parse/encoding.js";
import { PARSE_ERROR } from "./builtin-rules.js";
import type { FileResult } from "./finding.js";
import type { SourceFile } from "./lint.js";

const SAVE_AS_UTF8 = "JSON sent to the API must be UTF-8: save the file as UTF-8";

/**
 * A file's bytes as a source to lint, or, when they are not UTF-8 JSON text, its result: one
 * parse error at the first bad byte. Files and stdin go through here alike.
 */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile | FileResult {
  const decoded = decodeText(bytes);
  if ("text" in decoded) return { path, text: decoded.text };
  const finding = { ruleId: PARSE_ERROR.id, severity: "error" as const, code: PARSE_ERROR.predicts, message: `${decoded.reason}; ${SAVE_AS_UTF8}`, pointer: "", ...decoded.range };
  return { filePath: path, findings: [finding] };
}
