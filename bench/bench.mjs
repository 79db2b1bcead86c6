// cflint's benchmark: the built CLI against the floor (bench/floor.mjs) on deterministic
// workloads, in interleaved rounds. Not a test: timings depend on the machine. See README,
// "Performance", for how to read the output.
//
//   node bench/bench.mjs [--rounds N] [--only single,directory,bundle] [--scale]
//                        [--save FILE] [--compare FILE]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureWorkload, scaleWorkload, WORKLOADS } from "./workloads.mjs";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(REPO, "dist/src/cli/cflint.cjs");
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
const usage = usageProbe();
const cases = selected.map(([name, workload]) => prepare(name, workload));

console.log(
  `cflint bench: node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs ` +
    `(${cpus()[0]?.model.trim() ?? "unknown"}), ${rounds} interleaved rounds after one warm-up; ` +
    `peak RSS by ${usage.name}; load average ${loadText()} before`,
);
const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
if (extraCerts) {
  // Node reads the file at every start, before any script: a cost in both columns that moves every ratio.
  const { NODE_EXTRA_CA_CERTS: _, ...without } = process.env;
  console.log(
    `NODE_EXTRA_CA_CERTS=${extraCerts} is set: every Node start reads it, the floor's and cflint's alike; ` +
      `an empty script takes ${nodeStart(process.env).toFixed(1)} ms with it, ${nodeStart(without).toFixed(1)} ms without`,
  );
}
for (let round = -1; round < rounds; round++) {
  for (const c of cases) {
    // Alternate who goes first, so neither always runs on a cache the other warmed.
    const order = round % 2 === 0 ? [c.floor, c.cflint] : [c.cflint, c.floor];
    for (const side of order) {
      const elapsed = timeRun(side);
      const { rss, cpu } = usage.measure(side);
      if (round >= 0) {
        side.ms.push(elapsed);
        side.rss.push(rss);
        side.cpu.push(cpu);
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
      {
        title: c.title,
        target: c.target,
        floor: { ms: c.floor.ms, rss: c.floor.rss, cpu: c.floor.cpu },
        cflint: { ms: c.cflint.ms, rss: c.cflint.rss, cpu: c.cflint.cpu },
      },
    ]),
  ),
};
console.log(`load average ${loadText()} after\n`);
console.log(options.scale ? scaleTable(result) : targetTable(result));
if (options.compare) console.log("\n" + compareTable(JSON.parse(readFileSync(options.compare, "utf8")), result));
if (options.save) {
  writeFileSync(options.save, JSON.stringify(result, null, 2) + "\n");
  console.log(`\nsaved to ${options.save}`);
}

// ---- Running ----

function prepare(name, workload) {
  const dir = ensureWorkload(ROOT, name, workload);
  const cflint = { label: "cflint", cwd: dir, args: [BIN, "check", "--format", "json", workload.path], ms: [], rss: [], cpu: [] };
  // The floor writes the report cflint writes, so both put the same bytes down the pipe.
  const recorded = run(cflint);
  if (recorded.status !== 0 && recorded.status !== 1) fail(`cflint exited ${recorded.status} on ${name}:\n${recorded.stderr}`);
  const findings = JSON.parse(recorded.stdout).reduce((n, file) => n + file.messages.length, 0);
  const report = join(ROOT, `${name}.report.json`);
  writeFileSync(report, recorded.stdout);
  const floor = { label: "floor", cwd: dir, args: [FLOOR, report, workload.path], ms: [], rss: [], cpu: [] };
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

/** Median wall time (ms) of starting Node on an empty script, over 5 runs. */
function nodeStart(env) {
  const times = Array.from({ length: 5 }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", ""], { env, stdio: "ignore" });
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return median(times);
}

/**
 * Peak RSS (kB) and CPU time (ms, user + system, every thread) from a separate run, so the
 * timed run carries no wrapper. The child reports its own process.resourceUsage() on exit;
 * where GNU time exists, the peak RSS is its %M instead, measured from outside.
 */
function usageProbe() {
  const out = join(tmpdir(), `cflint-bench-usage-${process.pid}`);
  const rssOut = `${out}.rss`;
  const gnuTime = spawnSync("/usr/bin/time", ["-f", "%M", "-o", rssOut, "true"]).status === 0 && readKb(rssOut) > 0;
  // Preloaded with --require, which adds no ES module loader to a CommonJS program (--import would).
  const probe = `${out}.cjs`;
  writeFileSync(
    probe,
    'process.on("exit",()=>{const u=process.resourceUsage();require("node:fs").writeFileSync(process.env.CFLINT_BENCH_USAGE,' +
      "JSON.stringify({rss:u.maxRSS,cpu:(u.userCPUTime+u.systemCPUTime)/1000}))})\n",
  );
  process.on("exit", () => rmSync(probe, { force: true }));
  return {
    name: gnuTime ? "/usr/bin/time" : "process.resourceUsage()",
    measure(side) {
      const args = ["--require", probe, ...side.args];
      run({ ...side, args }, gnuTime ? ["/usr/bin/time", "-f", "%M", "-o", rssOut] : [], { ...process.env, CFLINT_BENCH_USAGE: out });
      const usage = JSON.parse(readFileSync(out, "utf8"));
      rmSync(out);
      return gnuTime ? { ...usage, rss: readKb(rssOut) } : usage;
    },
  };
}

function readKb(file) {
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

function loadText() {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
}

function targetTable({ workloads }) {
  let missed = 0;
  const rows = [];
  for (const w of Object.values(workloads)) {
    const time = ratio(w.cflint.ms, w.floor.ms);
    const memory = ratio(w.cflint.rss, w.floor.rss);
    const cpu = ratio(w.cflint.cpu, w.floor.cpu);
    if (time > w.target.time || memory > w.target.rss) missed++;
    const verdict = (value, target) => [`${value.toFixed(2)}×`, `≤${target}×`, value <= target ? "ok" : "MISSED"];
    rows.push(
      [w.title, "", "", "", "", ""],
      ["  wall time, ms", `${ms(median(w.floor.ms))} (${spread(w.floor.ms, ms)})`, `${ms(median(w.cflint.ms))} (${spread(w.cflint.ms, ms)})`, ...verdict(time, w.target.time)],
      ["  peak RSS, MB", `${mb(median(w.floor.rss))} (${spread(w.floor.rss, mb)})`, `${mb(median(w.cflint.rss))} (${spread(w.cflint.rss, mb)})`, ...verdict(memory, w.target.rss)],
      ["  CPU time, ms", `${ms(median(w.floor.cpu))} (${spread(w.floor.cpu, ms)})`, `${ms(median(w.cflint.cpu))} (${spread(w.cflint.cpu, ms)})`, `${cpu.toFixed(2)}×`, "", ""],
    );
  }
  return (
    table(["workload", "floor: median (range)", "cflint: median (range)", "ratio", "target", ""], rows) +
    `\n\n${missed === 0 ? "every target met" : `${missed} workload(s) outside their targets`}` +
    " (ratios of medians; CPU time is user + system of every thread, for reference: no target)"
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
      ms(median(w.floor.cpu)),
      ms(median(w.cflint.cpu)),
      ((median(w.cflint.ms) / files) * 1000).toFixed(0),
      mb(median(w.floor.rss)),
      mb(median(w.cflint.rss)),
      `${ratio(w.cflint.rss, w.floor.rss).toFixed(2)}×`,
    ];
  });
  return table(["files", "floor ms", "cflint ms", "time ratio", "floor CPU ms", "cflint CPU ms", "cflint µs/file", "floor MB", "cflint MB", "memory ratio"], rows);
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
