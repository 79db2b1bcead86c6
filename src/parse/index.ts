import type { ParsedDocument } from "./document.js";
// JSON parsing that names an unresolved merge conflict where the text does not parse.
import { parseJsonNamingConflicts as parseJson } from "./conflict.js";
import { MAX_DEPTH, refuseDeepNesting } from "./depth.js";
import { parseStrictJson } from "./strict-json.js";

export type { ParsedDocument, ParseProblem, Span, Target } from "./document.js";
export type { Range } from "./position.js";

/** How a file is read, from its name. */
export type Syntax = "json" | "jsonc" | "terraform-json" | "yaml" | "hcl";

const BY_EXTENSION = new Map<string, Syntax>([
  [".json", "json"],
  [".jsonc", "jsonc"],
  [".yaml", "yaml"],
  [".yml", "yaml"],
  [".tf", "hcl"],
]);

/** The syntax of a file, or undefined when its extension is not one cflint reads. */
export function syntaxOf(path: string): Syntax | undefined {
  // Asked several times of every file of a run: a lookup, not a pattern per extension.
  const syntax = BY_EXTENSION.get(path.slice(path.lastIndexOf(".")).toLowerCase());
  return syntax === "json" && path.slice(-8).toLowerCase() === ".tf.json" ? "terraform-json" : syntax;
}

/** The file extensions cflint reads, and how. */
export function isLintable(path: string): boolean {
  return syntaxOf(path) !== undefined;
}

// The YAML and HCL parsers are loaded only when a file needs them: JSON-only runs never pay for them.
type YamlModule = typeof import("./yaml.js");
type HclModule = typeof import("./hcl.js");
let yamlModule: YamlModule | undefined;
let hclModule: HclModule | undefined;

/** Loads the parsers these files need; parseDocument then reads them synchronously. */
export async function loadParsers(paths: Iterable<string>): Promise<void> {
  for (const path of paths) {
    const syntax = syntaxOf(path);
    if (syntax === "yaml") yamlModule ??= await import("./yaml.js");
    else if (syntax === "hcl") hclModule ??= await import("./hcl.js");
  }
}

function loaded<T>(module: T | undefined, name: string): T {
  if (!module) throw new Error(`the ${name} parser is not loaded: await loadParsers(paths) before parseDocument`);
  return module;
}

/** Parses a file by its name's extension; any other name (stdin) is read as JSON. */
export function parseDocument(text: string, path: string): ParsedDocument {
  const syntax = syntaxOf(path);
  // A UTF-8 byte order mark is not JSON, but editors write it; read past it.
  const body = text.charCodeAt(0) === 0xfeff ? " " + text.slice(1) : text;
  // Strict JSON, the common case, is read without recursion and its depth measured on the value,
  // so only other text is scanned for depth before a parser that recurses reads it.
  if (syntax === "json" || syntax === "terraform-json" || syntax === undefined) {
    const strict = parseStrictJson(body, MAX_DEPTH);
    if (strict) return syntax === "terraform-json" ? { ...strict, terraform: true } : strict;
  }
  const tooDeep = refuseDeepNesting(text);
  if (tooDeep) return tooDeep;
  switch (syntax) {
    case "yaml":
      return loaded(yamlModule, "YAML").parseYaml(text);
    case "hcl":
      return loaded(hclModule, "HCL").parseHcl(body);
    case "terraform-json":
      return { ...parseJson(body, { comments: false, terraform: true }), terraform: true };
    default:
      return parseJson(body, { comments: syntax === "jsonc" });
  }
}
