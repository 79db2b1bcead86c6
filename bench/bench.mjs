// cflint's benchmark: the built CLI against the floor (bench/floor.mjs) on deterministic
// workloads, in interleaved rounds. Not a test: timings depend on the machine. See README,
// "Performance", for how to read the output.
//
//   node bench/bench.mjs [--rounds N] [--only single,directory,bundle] [--scale]
//                        [--save FILE] [--compare FILE]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureWorkload, scaleWorkload, WORKLOADS } from "./workloads.mjs";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(REPO, "dist/src/cli/main.js");
const FLOOR = join(REPO, "bench/floor.mjs");
const ROOT = join(REPO, "bench/.workloads");
const SCALE_COUNTS = [1, 10, 100, 1000, 10000];

const { values: options } = parseArgs({
  options: {
    rounds: { type: "string" },
    only: { type: "string" },
    scale: { type: "boolean", default: false },
    save: { type: "string" },
    compare: { type: "string" },
  },
});
const rounds = Number(options.rounds ?? (options.scale ? 5 : 10));
if (!Number.isInteger(rounds) || rounds < 1) fail("--rounds must be a whole number of 1 or more");
if (!existsSync(BIN)) fail(`${BIN} is missing: run npm run build first (npm run bench does)`);

const selected = options.scale
  ? SCALE_COUNTS.map((count) => [`scale-${count}`, scaleWorkload(count)])
  : Object.entries(WORKLOADS).filter(([name]) => !options.only || options.only.split(",").includes(name));
if (selected.length === 0) fail(`--only names none of ${Object.keys(WORKLOADS).join(", ")}`);

mkdirSync(ROOT, { recursive: true });
const rssProbe = rssMethod();
const cases = selected.map(([name, workload]) => prepare(name, workload));

console.log(
  `cflint bench: node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs ` +
    `(${cpus()[0]?.model.trim() ?? "unknown"}), ${rounds} interleaved rounds after one warm-up; ` +
    `peak RSS by ${rssProbe.name}`,
);
for (let round = -1; round < rounds; round++) {
  for (const c of cases) {
    // Alternate who goes first, so neither always runs on a cache the other warmed.
    const order = round % 2 === 0 ? [c.floor, c.cflint] : [c.cflint, c.floor];
    for (const side of order) {
      const elapsed = timeRun(side);
      const rss = rssProbe.measure(side);
      if (round >= 0) {
        side.ms.push(elapsed);
        side.rss.push(rss);
      }
    }
  }
  process.stderr.write(round < 0 ? "warm-up done\n" : `round ${round + 1}/${rounds}\n`);
}

const result = {
  version: 1,
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  rounds,
  workloads: Object.fromEntries(
    cases.map((c) => [
      c.name,
      { title: c.title, target: c.target, floor: { ms: c.floor.ms, rss: c.floor.rss }, cflint: { ms: c.cflint.ms, rss: c.cflint.rss } },
    ]),
  ),
};
console.log("");
console.log(options.scale ? scaleTable(result) : targetTable(result));
if (options.compare) console.log("\n" + compareTable(JSON.parse(readFileSync(options.compare, "utf8")), result));
if (options.save) {
  writeFileSync(options.save, JSON.stringify(result, null, 2) + "\n");
  console.log(`\nsaved to ${options.save}`);
}

// ---- Running ----

function prepare(name, workload) {
  const dir = ensureWorkload(ROOT, name, workload);
  const cflint = { label: "cflint", cwd: dir, args: [BIN, "check", "--format", "json", workload.path], ms: [], rss: [] };
  // The floor writes the report cflint writes, so both put the same bytes down the pipe.
  const recorded = run(cflint);
  if (recorded.status !== 0 && recorded.status !== 1) fail(`cflint exited ${recorded.status} on ${name}:\n${recorded.stderr}`);
  const findings = JSON.parse(recorded.stdout).reduce((n, file) => n + file.messages.length, 0);
  const report = join(ROOT, `${name}.report.json`);
  writeFileSync(report, recorded.stdout);
  const floor = { label: "floor", cwd: dir, args: [FLOOR, report, workload.path], ms: [], rss: [] };
  const check = run(floor);
  if (check.status !== 0 || check.stdout !== recorded.stdout) fail(`the floor failed on ${name}:\n${check.stderr}`);
  process.stderr.write(`${name}: ${findings} findings in cflint's report\n`);
  return { name, title: workload.title, target: workload.target, floor, cflint };
}

function run(side, prefix = [], env = process.env) {
  const [command, ...args] = [...prefix, process.execPath, ...side.args];
  return spawnSync(command, args, {
    cwd: side.cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 30,
  });
}

/** Wall-clock milliseconds from spawn to exit, stdout read through a pipe. */
function timeRun(side) {
  const start = process.hrtime.bigint();
  const outcome = run(side);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (outcome.status === null || outcome.status > 1) fail(`${side.label} failed in ${side.cwd}:\n${outcome.stderr}`);
  return elapsed;
}

/**
 * Peak RSS in kilobytes, from a separate run so the timed run carries no wrapper: GNU time's
 * %M where it exists, else the child's own process.resourceUsage().maxRSS, written on exit.
 */
function rssMethod() {
  const out = join(tmpdir(), `cflint-bench-rss-${process.pid}`);
  const timeWorks = spawnSync("/usr/bin/time", ["-f", "%M", "-o", out, "true"]).status === 0 && readRss(out) > 0;
  if (timeWorks) {
    return {
      name: "/usr/bin/time",
      measure(side) {
        run(side, ["/usr/bin/time", "-f", "%M", "-o", out]);
        return readRss(out);
      },
    };
  }
  const probe =
    'import{writeFileSync}from"node:fs";' +
    'process.on("exit",()=>writeFileSync(process.env.CFLINT_BENCH_RSS,String(process.resourceUsage().maxRSS)))';
  return {
    name: "process.resourceUsage()",
    measure(side) {
      const args = [`--import=data:text/javascript,${encodeURIComponent(probe)}`, ...side.args];
      run({ ...side, args }, [], { ...process.env, CFLINT_BENCH_RSS: out });
      return readRss(out);
    },
  };
}

function readRss(file) {
  try {
    const kb = Number(readFileSync(file, "utf8").trim().split("\n").pop());
    rmSync(file);
    return kb;
  } catch {
    return NaN;
  }
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

// ---- Reporting ----

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ms(value) {
  return value >= 1000 ? value.toFixed(0) : value.toFixed(1);
}

function mb(kilobytes) {
  return (kilobytes / 1024).toFixed(1);
}

function spread(values, show) {
  return `${show(Math.min(...values))}–${show(Math.max(...values))}`;
}

function ratio(a, b) {
  return median(a) / median(b);
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function verdict(value, target) {
  return `${value.toFixed(2)}× ${value <= target ? "ok" : "MISS"} (≤${target}×)`;
}

function targetTable({ workloads }) {
  const rows = Object.values(workloads).map((w) => [
    w.title,
    `${ms(median(w.floor.ms))} (${spread(w.floor.ms, ms)})`,
    `${ms(median(w.cflint.ms))} (${spread(w.cflint.ms, ms)})`,
    verdict(ratio(w.cflint.ms, w.floor.ms), w.target.time),
    `${mb(median(w.floor.rss))}`,
    `${mb(median(w.cflint.rss))} (${spread(w.cflint.rss, mb)})`,
    verdict(ratio(w.cflint.rss, w.floor.rss), w.target.rss),
  ]);
  const missed = Object.values(workloads).filter(
    (w) => ratio(w.cflint.ms, w.floor.ms) > w.target.time || ratio(w.cflint.rss, w.floor.rss) > w.target.rss,
  ).length;
  return (
    table(
      ["workload", "floor ms (range)", "cflint ms (range)", "time ratio", "floor MB", "cflint MB (range)", "memory ratio"],
      rows,
    ) + `\n\n${missed === 0 ? "every target met" : `${missed} workload(s) outside their targets`} (medians; MB = peak RSS)`
  );
}

function scaleTable({ workloads }) {
  const rows = Object.values(workloads).map((w) => {
    const files = Number(w.title.replace(/\D/g, ""));
    return [
      w.title,
      ms(median(w.floor.ms)),
      ms(median(w.cflint.ms)),
      `${ratio(w.cflint.ms, w.floor.ms).toFixed(2)}×`,
      ((median(w.cflint.ms) / files) * 1000).toFixed(0),
      mb(median(w.floor.rss)),
      mb(median(w.cflint.rss)),
      `${ratio(w.cflint.rss, w.floor.rss).toFixed(2)}×`,
    ];
  });
  return table(["files", "floor ms", "cflint ms", "time ratio", "cflint µs/file", "floor MB", "cflint MB", "memory ratio"], rows);
}

function compareTable(before, after) {
  const rows = [];
  for (const [name, now] of Object.entries(after.workloads)) {
    const then = before.workloads?.[name];
    if (!then) continue;
    const change = (a, b) => `${((median(b) / median(a) - 1) * 100).toFixed(1)}%`.replace(/^(?!-)/, "+");
    rows.push([
      now.title,
      `${ms(median(then.cflint.ms))} → ${ms(median(now.cflint.ms))}`,
      change(then.cflint.ms, now.cflint.ms),
      `${ratio(then.cflint.ms, then.floor.ms).toFixed(2)}× → ${ratio(now.cflint.ms, now.floor.ms).toFixed(2)}×`,
      `${mb(median(then.cflint.rss))} → ${mb(median(now.cflint.rss))}`,
      change(then.cflint.rss, now.cflint.rss),
    ]);
  }
  if (rows.length === 0) return `nothing to compare: ${options.compare} has none of these workloads`;
  return (
    `compared with ${options.compare} (${before.date}, node ${before.node}):\n` +
    table(["workload", "cflint ms", "change", "time ratio", "cflint MB", "change"], rows)
  );
}
