// The floor a Node linter cannot go below: start Node, find and read the same files, JSON.parse
// each, and write the same report cflint wrote (recorded once by the bench) to stdout.
// Usage: node bench/floor.mjs <report file> <files or directories...>
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const [report, ...paths] = process.argv.slice(2);

function* files(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.jsonc?$/.test(entry.name)) yield join(entry.parentPath ?? entry.path, entry.name);
  }
}

let parsed = 0;
for (const path of paths) {
  for (const file of files(path)) {
    JSON.parse(readFileSync(file, "utf8"));
    parsed++;
  }
}
if (parsed === 0) throw new Error("the floor read no files");
process.stdout.write(readFileSync(report));
