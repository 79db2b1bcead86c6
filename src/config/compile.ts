import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
// A CommonJS module: under NodeNext the default import is its `module.exports`, whose
// `default` property is the plugin (true at run time and in the type declarations).
import ajvFormats from "ajv-formats";
import { findPackageFile } from "../package.js";
import { CONFIG_SCHEMA } from "./load.js";

/*
 * The config file's validator, compiled by ajv from schemas/config.schema.json when first used.
 * The CLI bundle replaces this module with the same validator compiled at build time
 * (scripts/build.mjs generates it with createConfigAjv and CONFIG_KEY below), so a run with a
 * config compiles nothing; the library and the tests compile here.
 */

/** The key ajv knows the config schema by. */
export const CONFIG_KEY = "config";

let compiled: ValidateFunction | undefined;

export function configValidator(): ValidateFunction {
  return (compiled ??= createConfigAjv().getSchema(CONFIG_KEY)!);
}

/** `standalone`: keep the generated source, for ajv's standaloneCode at build time. */
export function createConfigAjv(options: { standalone?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Errors carry the value and the schema they are about, for messages in the user's words.
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    ...(options.standalone ? { code: { source: true } } : {}),
  });
  ajvFormats.default(ajv, ["hostname", "uuid"]);
  ajv.addSchema(JSON.parse(readFileSync(findPackageFile(CONFIG_SCHEMA), "utf8")) as object, CONFIG_KEY);
  return ajv;
}
