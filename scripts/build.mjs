// The CLI's build, after tsc (whose output the library keeps using):
//  - dist/src/cli/bundle.js: the CLI in one script, with the ajv validators (the API's schemas,
//    the config file's) compiled now instead of at every start;
//  - dist/src/cli/parse-yaml.js, parse-hcl.js: the YAML and HCL parsers, scripts of their own
//    that the bundle runs when a file needs one (see parserScripts);
//  - a .cache beside each: V8's code cache for it, made by running the CLI on examples/;
//  - dist/src/cli/cflint.cjs: the command, which runs the bundle through its cache, with
//    run-script.cjs beside it, which runs a script through its cache.
// Everything sits where tsc put the entry point, so paths relative to import.meta.url
// (../../../package.json, the schemas folder) resolve the same from every module bundled.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import standaloneCode from "ajv/dist/standalone/index.js";
import { createAjv, schemaRef } from "../dist/src/schema/compile.js";
import { KINDS } from "../dist/src/extract/kinds.js";
import { CONFIG_KEY, createConfigAjv } from "../dist/src/config/compile.js";

const repo = new URL("..", import.meta.url).pathname;
const out = `${repo}dist/src/cli/`;

const validators =
  standaloneCode.default(createAjv({ standalone: true }), Object.fromEntries(KINDS.map((kind) => [kind, schemaRef(kind)]))) +
  "\nexports.validatorFor = (kind) => exports[kind];\n";
const configValidator =
  standaloneCode.default(createConfigAjv({ standalone: true }), { [CONFIG_KEY]: CONFIG_KEY }) +
  `\nexports.configValidator = () => exports[${JSON.stringify(CONFIG_KEY)}];\n`;

/** Serves the modules that compile validators at run time (compile.ts) as the code generated above. */
const PRECOMPILED = { "/src/schema/index.ts": validators, "/src/config/load.ts": configValidator };
const precompiledValidators = {
  name: "precompiled-validators",
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/compile\.js$/ }, (args) => {
      const importer = Object.keys(PRECOMPILED).find((suffix) => args.importer.endsWith(suffix));
      return importer ? { path: importer, namespace: "precompiled" } : undefined;
    });
    bundle.onLoad({ filter: /.*/, namespace: "precompiled" }, (args) => ({ contents: PRECOMPILED[args.path], loader: "js", resolveDir: repo }));
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

/**
 * jsonc-parser's formatter builds 1,200 indentation strings when its module loads (0.3 MB: on one
 * file, one more garbage collection), and cflint never formats. The package does not say its
 * modules are free of side effects; declared so, the modules the bundle does not use are left out.
 */
const jsoncParserWithoutFormatter = {
  name: "jsonc-parser-without-formatter",
  setup(bundle) {
    const inPackage = (args) => args.path === "jsonc-parser" || args.importer.includes("/node_modules/jsonc-parser/");
    bundle.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === "resolving" || !inPackage(args)) return undefined;
      const resolved = await bundle.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: "resolving" });
      return resolved.errors.length > 0 ? undefined : { path: resolved.path, sideEffects: false };
    });
  },
};

/**
 * The YAML and HCL parsers, with the libraries under them, are a third of the CLI's code: as
 * scripts of their own, runs that read only JSON neither read them nor load their compiled code
 * from the cache. The bundle runs one, through its code cache, the first time a file needs it.
 */
const PARSER_SCRIPTS = { "./yaml.js": "parse-yaml.js", "./hcl.js": "parse-hcl.js" };
const parserScripts = {
  name: "parser-scripts",
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/(yaml|hcl)\.js$/ }, (args) =>
      args.importer.endsWith("/src/parse/index.ts") ? { path: PARSER_SCRIPTS[args.path], namespace: "parser-script" } : undefined,
    );
    // run-script.cjs sits beside the bundle (the launcher runs the bundle with it): not bundled.
    bundle.onResolve({ filter: /^\.\/run-script\.cjs$/, namespace: "parser-script" }, (args) => ({ path: args.path, external: true }));
    bundle.onLoad({ filter: /.*/, namespace: "parser-script" }, (args) => ({
      contents: `module.exports = require("./run-script.cjs").runScript(__dirname, ${JSON.stringify(args.path)}, require);\n`,
      loader: "js",
    }));
  },
};

const options = {
  bundle: true,
  write: false,
  platform: "node",
  // A CommonJS body, so V8 can cache its compiled code (Node 20 has no module compile cache).
  format: "cjs",
  target: "node20",
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" is plain ESM.
  mainFields: ["module", "main"],
  // Lazy imports become lazy requires: a script compiled by node:vm cannot import().
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "cflintBundleUrl" },
  banner: { js: 'const cflintBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // Less for V8 to parse at every start; pure ASCII, so the launcher reads it as latin1, undecoded.
  minify: true,
  charset: "ascii",
  metafile: true,
  logLevel: "warning",
};
const result = await build({
  ...options,
  entryPoints: [`${repo}src/cli/main.ts`],
  outfile: `${out}bundle.js`,
  plugins: [precompiledValidators, deferredChildProcess, parserScripts, jsoncParserWithoutFormatter],
});
for (const importer of Object.keys(PRECOMPILED)) {
  if (!Object.keys(result.metafile.inputs).includes(`precompiled:${importer}`))
    throw new Error(`the bundle does not use the precompiled validators: ${importer.slice(1)} no longer imports ./compile.js`);
}
const parsers = Object.entries(PARSER_SCRIPTS).map(([source, file]) => ({ source: source.replace(/\.js$/, ".ts"), file }));
for (const { file } of parsers) {
  if (!Object.keys(result.metafile.inputs).includes(`parser-script:${file}`))
    throw new Error(`the bundle does not load ${file}: src/parse/index.ts no longer imports the parser it holds`);
}

/** Writes a script whose value is the CommonJS module function, as Node's own loader wraps a module. */
function writeScript(file, output) {
  const body = output.outputFiles[0].text.replace(/^#!.*\n/, "");
  if (/[^\0-\x7f]/.test(body)) throw new Error(`${file} is not pure ASCII: the launcher's latin1 read would garble it`);
  writeFileSync(`${out}${file}`, `(function (exports, require, module, __filename, __dirname) {${body}\n})`);
}
// No cache may outlive its script: V8 would accept it for any script of the same length.
for (const file of ["bundle.js", ...parsers.map((parser) => parser.file)]) rmSync(`${out}${file}.cache`, { force: true });
writeScript("bundle.js", result);
for (const { source, file } of parsers) {
  writeScript(file, await build({ ...options, entryPoints: [`${repo}src/parse/${source.slice(2)}`], outfile: `${out}${file}` }));
}
copyFileSync(`${repo}scripts/run-script.cjs`, `${out}run-script.cjs`);
copyFileSync(`${repo}scripts/launcher.cjs`, `${out}cflint.cjs`);
// The package's bin: npx and npm's links run it by its #! line, which needs the executable bit.
chmodSync(`${out}cflint.cjs`, 0o755);

// The code caches: the CLI run on examples/, as JSON and as the default output (the sample runs'
// reports, written to stdout, are not wanted).
const cache = spawnSync(process.execPath, [`${repo}scripts/code-cache.mjs`], { cwd: repo, stdio: ["ignore", "ignore", "inherit"] });
if (cache.status !== 0) throw new Error("making the code cache failed");
