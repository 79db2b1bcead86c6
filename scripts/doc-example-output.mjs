// Fills the ```text block after a rule page's ```json example with what `cflint check` prints
// for it (run `npm run build` first). The registry test fails while a page's output is stale.
// Usage: node scripts/doc-example-output.mjs docs/rules/<id>.md [...]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = new URL("../dist/src/cli/main.js", import.meta.url).pathname;
const EXAMPLE = /(## Example[\s\S]*?```(jsonc?)\n([\s\S]*?)```\s*```text\n)([\s\S]*?)(```)/;

for (const pagePath of process.argv.slice(2)) {
  const page = readFileSync(pagePath, "utf8");
  const match = EXAMPLE.exec(page);
  if (!match) continue;
  const dir = mkdtempSync(join(tmpdir(), "cflint-doc-"));
  const name = `example.${match[2]}`;
  writeFileSync(join(dir, name), match[3]);
  // Account facts for the example come from a ```json cflint.config.json block in the section.
  const config = /## Example[\s\S]*?```json cflint\.config\.json\n([\s\S]*?)```/.exec(page)?.[1];
  const stdout = config === undefined ? runCli(name, dir) : await runEngine(name, match[3], JSON.parse(config).account ?? {});
  const output = `$ cflint check ${name}\n${stdout.replace(/^\n/, "")}`;
  writeFileSync(pagePath, page.replace(EXAMPLE, (_, head, _ext, _json, _old, close) => head + output + close));
}

function runCli(name, dir) {
  return spawnSync(process.execPath, [bin, "check", name], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }).stdout;
}

// Until `cflint check` reads cflint.config.json, examples with account facts go through the engine directly.
async function runEngine(name, text, account) {
  const { lintSources } = await import("../dist/src/engine/lint.js");
  const { formatStylish } = await import("../dist/src/formatters/stylish.js");
  const run = lintSources([{ path: name, text }], () => ({ account, rules: {} }));
  return formatStylish({ results: run.results, cwd: process.cwd(), neededFacts: run.neededFacts, color: false });
}
