import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const SARIF_SCHEMA = resolve(REPO, "../shared/schemas/sarif-schema-2.1.0.json");
export const HAVE_SARIF_SCHEMA = existsSync(SARIF_SCHEMA);

let validator: ((log: unknown) => string[]) | undefined;

/** The SARIF 2.1.0 schema's complaints about `log` (empty when valid); a draft-04 schema, so ajv-draft-04. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    // Both are CommonJS modules whose class and plugin are their `default` export.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));
    validator = (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  }
  return validator(log);
}

/** A temporary repository (a `.git` directory) with a subdirectory, to run formatters from. */
export function tempRepo(): { root: string; sub: string } {
  const root = mkdtempSync(join(tmpdir(), "cflint-repo-"));
  mkdirSync(join(root, ".git"));
  const sub = join(root, "infra");
  mkdirSync(sub);
  return { root, sub };
}
