// How much of a run's cost is code running cold: the library lints the 1,000-file workload again
// and again in one process, beside the floor's read and JSON.parse of the same files, and prints
// the first pass against the later ones, when V8 has optimised what the run uses. See README,
// "Performance". Needs a build (npm run build).
//
//   node bench/warm.mjs
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureWorkload, WORKLOADS } from "./workloads.mjs";

const PASSES = 20;
/** Passes left out of the warm median: V8 is still optimising during them. */
const WARM_UP = 5;

const REPO = fileURLToPath(new URL("..", import.meta.url));
const { lintFiles } = await import(join(REPO, "dist/src/engine/index.js"));
const dir = ensureWorkload(join(REPO, "bench/.workloads"), "directory", WORKLOADS.directory);
const files = readdirSync(dir, { recursive: true })
  .filter((name) => name.endsWith(".json"))
  .map((name) => join(dir, name));

const lint = [];
const floor = [];
for (let pass = 0; pass < PASSES; pass++) {
  let start = performance.now();
  await lintFiles(files);
  lint.push(performance.now() - start);
  start = performance.now();
  for (const file of files) JSON.parse(readFileSync(file, "utf8"));
  floor.push(performance.now() - start);
}

const ms = (value) => value.toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`cflint warm: ${files.length} small files, ${PASSES} passes in one process, node ${process.version}`);
console.log(`pass 1 (cold):     lint ${ms(lint[0])} ms, read + JSON.parse ${ms(floor[0])} ms`);
console.log(
  `passes ${WARM_UP + 1}-${PASSES} (median): lint ${ms(median(lint.slice(WARM_UP)))} ms, ` +
    `read + JSON.parse ${ms(median(floor.slice(WARM_UP)))} ms`,
);
