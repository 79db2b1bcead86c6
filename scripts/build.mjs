// Bundles the CLI into one file, dist/src/cli/main.js (run after tsc, whose output the library
// keeps using), with the ajv validators compiled now instead of at every start.
// The bundle sits where tsc put the entry point, so paths relative to import.meta.url
// (../../../package.json, the schemas folder) resolve the same from every module in it.
import { build } from "esbuild";
import standaloneCode from "ajv/dist/standalone/index.js";
import { createAjv, schemaRef } from "../dist/src/schema/compile.js";
import { KINDS } from "../dist/src/extract/kinds.js";

const repo = new URL("..", import.meta.url).pathname;

const ajv = createAjv({ standalone: true });
const validators =
  standaloneCode.default(ajv, Object.fromEntries(KINDS.map((kind) => [kind, schemaRef(kind)]))) +
  "\nexports.validatorFor = (kind) => exports[kind];\n";

/** Serves src/schema/compile.ts, which compiles at run time, as the code generated above. */
const precompiledValidators = {
  name: "precompiled-validators",
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/compile\.js$/ }, (args) =>
      args.importer.endsWith("/src/schema/index.ts") ? { path: "validators", namespace: "precompiled" } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: "precompiled" }, () => ({ contents: validators, loader: "js", resolveDir: repo }));
  },
};

/**
 * commander requires child_process (and with it net, dgram and more) at start-up, only to run
 * executable subcommands, which cflint does not have: the bundle loads it on first use instead.
 */
const deferredChildProcess = {
  name: "deferred-child-process",
  setup(bundle) {
    bundle.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("/node_modules/commander/") ? { path: "child_process", namespace: "deferred" } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: "deferred" }, () => ({
      contents: 'let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:child_process"))[key] });\n',
      loader: "js",
    }));
  },
};

const result = await build({
  entryPoints: [`${repo}src/cli/main.ts`],
  outfile: `${repo}dist/src/cli/main.js`,
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" is plain ESM.
  mainFields: ["module", "main"],
  // CommonJS dependencies (commander) require Node's built-in modules.
  banner: { js: 'import { createRequire as cflintCreateRequire } from "node:module";\nconst require = cflintCreateRequire(import.meta.url);' },
  // Less for V8 to parse at every start.
  minify: true,
  plugins: [precompiledValidators, deferredChildProcess],
  metafile: true,
  logLevel: "warning",
});
if (!Object.keys(result.metafile.inputs).includes("precompiled:validators"))
  throw new Error("the bundle does not use the precompiled validators: src/schema/index.ts no longer imports ./compile.js");
