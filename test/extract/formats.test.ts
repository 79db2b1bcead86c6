import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lintFiles, lintSources, type Finding } from "../../src/engine/index.js";
import { defineProjectRule, defineRule } from "../../src/engine/rule.js";
import { loadParsers } from "../../src/parse/index.js";

const FORMATS = fileURLToPath(new URL("../fixtures/formats", import.meta.url));

async function findings(file: string): Promise<Finding[]> {
  const run = await lintFiles([file], undefined, FORMATS);
  return run.results[0]!.findings;
}

/** What a finding says, without where: the same mistake must read the same in every form. */
function said(f: Finding): string {
  return `${f.ruleId} ${f.code} ${f.message.replace(/^(module\.[\w-]+\.)*cloudflare_[a-z_]+\.[\w-]+: /, "")}`;
}

// api.json holds the objects as the API takes them; every other fixture writes the same objects
// (and the same mistakes) in another form.
const EQUIVALENT = ["bundle.yaml", "v5.tf.json", "v4.tf.json", "v5.tf", "v4.tf", "plan.json"];

/** The mistakes written into every fixture, each by its rule and the start of its message. */
const MISTAKES: [string, string][] = [
  ["monitor/https-without-host", "HTTPS monitor has no Host header"],
  ["monitor/http-redirect", "redirects are not followed"],
  ["pool/schema", "`origins[0].weight` must be at most 1"],
  ["pool/schema", "`load_shedding.default_percent` must be at most 100"],
  ["load-balancer/schema", "`steering_policy` must be one of"],
  ["spectrum/origin-address", "tcp://192.0.2.20: the address needs a port"],
  ["spectrum/origin-conflict", "both origin_direct and origin_dns are set"],
];

function find(found: Finding[], [ruleId, start]: [string, string]): Finding | undefined {
  return found.find((f) => f.ruleId === ruleId && f.message.replace(/^[\w.-]+: /, "").startsWith(start));
}

describe("every input form finds what the API JSON finds", () => {
  it("api.json holds the mistakes", async () => {
    const found = await findings("api.json");
    for (const mistake of MISTAKES) expect(find(found, mistake), mistake.join(" ")).toBeDefined();
  });

  it.each(EQUIVALENT)("%s: the same rules, codes and messages", async (file) => {
    const expected = (await findings("api.json")).map(said);
    expect((await findings(file)).map(said)).toEqual(expected);
  });
});

/** [line, column] of each of MISTAKES in each form. */
const POSITIONS: Record<string, [number, number][]> = {
  // type, follow_redirects, origins[0].weight, load_shedding.default_percent, steering_policy, origin_direct[0], origin_dns (key)
  "api.json": [[5, 15], [18, 27], [28, 63], [31, 45], [41, 26], [50, 25], [51, 7]],
  "bundle.yaml": [[4, 11], [15, 23], [26, 17], [32, 24], [41, 22], [52, 9], [53, 5]],
  "v5.tf.json": [[10, 17], [23, 29], [33, 65], [36, 47], [46, 28], [55, 27], [56, 9]],
  "v4.tf.json": [[6, 17], [19, 29], [29, 65], [32, 48], [42, 28], [51, 27], [52, 24]],
  "v5.tf": [[21, 20], [35, 22], [52, 15], [60, 23], [71, 21], [84, 20], [85, 3]],
  "v4.tf": [[4, 20], [18, 22], [34, 15], [48, 23], [59, 22], [72, 20], [79, 3]],
  "plan.json": [[31, 21], [45, 33], [63, 69], [66, 51], [81, 32], [101, 35], [102, 17]],
};

describe("findings land on the line and column of the user's own file", () => {
  it.each(Object.entries(POSITIONS))("%s", async (file, positions) => {
    const found = await findings(file);
    expect(MISTAKES.map((mistake) => find(found, mistake)).map((f) => f && [f.line, f.column])).toEqual(positions);
  });

  it("v4 blocks and renamed attributes point at what the user wrote", async () => {
    const found = await findings("v4.tf");
    // `both origin_direct and origin_dns` points at the origin_dns block's name.
    expect(find(found, MISTAKES[6]!)).toMatchObject({ line: 79, column: 3, endLine: 79, endColumn: 13, pointer: "/resource/cloudflare_spectrum_application/ssh/origin_dns/0" });
  });

  it("plan findings name the resource address, in modules too", async () => {
    const found = await findings("plan.json");
    expect(find(found, MISTAKES[0]!)!.message).toMatch(/^cloudflare_load_balancer_monitor\.https: HTTPS monitor has no Host header/);
    const conflict = find(found, MISTAKES[6]!)!;
    expect(conflict.message).toMatch(/^module\.ssh\.cloudflare_spectrum_application\.ssh: both origin_direct and origin_dns/);
    expect(conflict.pointer).toBe("/planned_values/root_module/child_modules/0/resources/0/values/origin_dns");
  });
});

describe("values known only at plan or apply time are unknown, never wrong", () => {
  it.each(["unknown.tf", "plan-unknown.json"])("%s: no findings", async (file) => {
    expect(await findings(file)).toEqual([]);
  });
});

describe("rules reading unknown fields stay silent; known fields still count", () => {
  const monitorWithoutPort = defineRule({
    id: "monitor/test-port",
    kinds: ["monitor"],
    severity: "error",
    predicts: "Monitor Config Error",
    description: "test rule: fires when a monitor has no port",
    check(monitor, ctx) {
      if (monitor.type !== "tcp") return;
      if (monitor.port === undefined) ctx.report({ at: "/type", message: "no port" });
    },
  });
  const danglingMonitor = defineProjectRule({
    id: "pool/test-monitor",
    kinds: ["pool"],
    severity: "error",
    predicts: "1002",
    description: "test rule: a pool's monitor must be in the set",
    checkProject(project, ctx) {
      const ids = new Set(project.of("monitor").map((m) => m.value.id));
      for (const pool of project.of("pool")) {
        if (!ids.has(pool.value.monitor as string)) ctx.report({ resource: pool, at: "/monitor", message: `no monitor ${String(pool.value.monitor)}` });
      }
    },
  });
  const tf = [
    'resource "cloudflare_load_balancer_monitor" "known" {',
    '  type = "tcp"',
    "}",
    'resource "cloudflare_load_balancer_monitor" "unknown" {',
    '  type = "tcp"',
    "  port = var.port",
    "}",
    'resource "cloudflare_load_balancer_pool" "ok" {',
    '  name    = "ok"',
    "  monitor = cloudflare_load_balancer_monitor.known.id",
    '  origins = [{ address = "192.0.2.1" }]',
    "}",
    'resource "cloudflare_load_balancer_pool" "dangling" {',
    '  name    = "dangling"',
    "  monitor = cloudflare_load_balancer_monitor.gone.id",
    '  origins = [{ address = "192.0.2.2" }]',
    "}",
    'resource "cloudflare_load_balancer_pool" "unknown" {',
    '  name    = "unknown"',
    "  monitor = var.monitor_id",
    '  origins = [{ address = "192.0.2.3" }]',
    "}",
  ].join("\n");

  it("reports the monitor without a port and the dangling reference, at their lines, and nothing else", async () => {
    await loadParsers(["main.tf"]);
    const run = lintSources([{ path: "main.tf", text: tf }], undefined, [monitorWithoutPort, danglingMonitor]);
    expect(run.results[0]!.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ["monitor/test-port", 2, 10, "no port"],
      ["pool/test-monitor", 15, 13, "no monitor cloudflare_load_balancer_monitor.gone"],
    ]);
  });

  it("a rule across objects reports nothing once it has read an unknown value, whichever object it reports on", async () => {
    await loadParsers(["main.tf"]);
    const unknownFirst = tf.replace('"dangling"', '"a_dangling"').split("\n");
    // Move the pool with the unknown monitor before the dangling one.
    const reordered = [...unknownFirst.slice(0, 12), ...unknownFirst.slice(17), ...unknownFirst.slice(12, 17)].join("\n");
    const run = lintSources([{ path: "main.tf", text: reordered }], undefined, [danglingMonitor]);
    expect(run.results[0]!.findings).toEqual([]);
  });
});
