// Fills the ```text block after a rule page's ```json example with what `cflint check` prints
// for it (run `npm run build` first). The registry test fails while a page's output is stale.
// Usage: node scripts/doc-example-output.mjs docs/rules/<id>.md [...]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = new URL("../dist/src/cli/main.js", import.meta.url).pathname;
const EXAMPLE = /(## Example[\s\S]*?```(jsonc?|yaml)\n([\s\S]*?)```\s*```text\n)([\s\S]*?)(```)/;

for (const pagePath of process.argv.slice(2)) {
  const page = readFileSync(pagePath, "utf8");
  const match = EXAMPLE.exec(page);
  if (!match) continue;
  const dir = mkdtempSync(join(tmpdir(), "cflint-doc-"));
  const name = `example.${match[2]}`;
  writeFileSync(join(dir, name), match[3]);
  const run = spawnSync(process.execPath, [bin, "check", name], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const output = `$ cflint check ${name}\n${run.stdout.replace(/^\n/, "")}`;
  writeFileSync(pagePath, page.replace(EXAMPLE, (_, head, _ext, _json, _old, close) => head + output + close));
}
