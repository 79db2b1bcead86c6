// Fills the ```text block after a rule page's ```json example with what `cflint check` prints
// for it (run `npm run build` first). The registry test fails while a page's output is stale.
// A page whose rule needs account facts puts them in a ```json cflint.config.json block just
// before the example.
// Usage: node scripts/doc-example-output.mjs docs/rules/<id>.md [...]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dist = new URL("../dist/src/", import.meta.url);
const bin = new URL("cli/cflint.cjs", dist).pathname;
const EXAMPLE =
  /(## Example[\s\S]*?(?:```json cflint\.config\.json\n([\s\S]*?)```\s*)?```(jsonc?|yaml)\n([\s\S]*?)```\s*```text\n)([\s\S]*?)(```)/;

for (const pagePath of process.argv.slice(2)) {
  const page = readFileSync(pagePath, "utf8");
  const match = EXAMPLE.exec(page);
  if (!match) continue;
  const [, , config, ext, example] = match;
  const name = `example.${ext}`;
  const printed = config === undefined ? runCli(name, example) : await runEngine(name, example, JSON.parse(config).account ?? {});
  const output = `$ cflint check ${name}\n${printed.replace(/^\n/, "")}`;
  writeFileSync(pagePath, page.replace(EXAMPLE, (_, head, _config, _ext, _json, _old, close) => head + output + close));
}

function runCli(name, text) {
  const dir = mkdtempSync(join(tmpdir(), "cflint-doc-"));
  writeFileSync(join(dir, name), text);
  return spawnSync(process.execPath, [bin, "check", "--no-config", name], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }).stdout;
}

// With account facts, the example is linted by the engine and printed by the stylish formatter
// (the two pieces `cflint check` is made of) exactly as the registry test does, so the output
// does not depend on which cflint.config.json the CLI would find.
async function runEngine(name, text, account) {
  const { lintSources } = await import(new URL("engine/lint.js", dist).href);
  const { formatStylish } = await import(new URL("formatters/stylish.js", dist).href);
  const run = lintSources([{ path: name, text }], () => ({ account, rules: {} }));
  return formatStylish({ results: run.results, cwd: process.cwd(), neededFacts: run.neededFacts, color: false });
}
