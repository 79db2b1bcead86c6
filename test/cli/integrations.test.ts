import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, cflint, FIXTURES, REPO } from "./run-cli.js";

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  types_or: string[];
  files: string;
  exclude?: string;
  require_serial: boolean;
  pass_filenames: boolean;
}

// Tests here spawn cflint (and bash, git) several times: slow machines get more time.
const SPAWNING = { timeout: 30_000 };

describe(".pre-commit-hooks.yaml", SPAWNING, () => {
  const hooks = parse(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  const hook = hooks[0]!;
  const files = new RegExp(hook.files);

  it("declares the cflint hook", () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({
      id: "cflint",
      entry: "cflint check --partial",
      language: "node",
      types_or: ["json", "yaml", "terraform"],
      exclude: "\\.tfvars$",
      require_serial: true,
      pass_filenames: true,
    });
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(" ")[0]);
  });

  it("narrows files to paths that name Cloudflare configuration", () => {
    const linted = [
      "cloudflare/prod.json",
      "infra/Cloudflare/pools.yaml",
      "lb/prod.json",
      "config/prod-lb.json",
      "lbs.json",
      "load_balancers.json",
      "load-balancer/eu.yml",
      "LoadBalancers.json",
      "spectrum/apps.json",
      "monitors.json",
      "health-monitor.yaml",
      "pools/eu.json",
      "origin_pools.json",
    ];
    const skipped = [
      "package.json",
      "tsconfig.json",
      ".vscode/settings.json",
      "renovate.json",
      "albums.json",
      "club/x.json",
      "monitoring/dashboard.json",
      "whirlpool.json",
      "spool/queue.json",
    ];
    // pre-commit searches the path (Python re.search); this pattern means the same in JavaScript.
    expect(linted.filter((path) => !files.test(path))).toEqual([]);
    expect(skipped.filter((path) => files.test(path))).toEqual([]);
  });

  it("its entry, run on the files pre-commit would pass, checks just those", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-hook-"));
    mkdirSync(join(dir, "cloudflare"));
    const spectrum = readFileSync(join(FIXTURES, "spectrum-both.json"), "utf8");
    writeFileSync(join(dir, "cloudflare/apps.json"), spectrum);
    writeFileSync(join(dir, "package.json"), spectrum);
    writeFileSync(join(dir, "cloudflare/notes.txt"), spectrum);
    writeFileSync(join(dir, "cloudflare/monitor.tf"), readFileSync(join(REPO, "examples/broken/terraform/monitor.tf"), "utf8"));
    writeFileSync(join(dir, "cloudflare/prod.tfvars"), 'zone_id = "0da42c8d2132a9ddaf714f9e7c920711"\n');
    const staged = ["cloudflare/apps.json", "package.json", "cloudflare/notes.txt", "cloudflare/monitor.tf", "cloudflare/prod.tfvars"];
    // identify's tags for the hook's types: json, yaml, and terraform (.tf and .tfvars).
    const typed = /\.(json|ya?ml|tf|tfvars)$/;
    const passed = staged.filter((path) => files.test(path) && typed.test(path) && !new RegExp(hook.exclude!).test(path));
    expect(passed).toEqual(["cloudflare/apps.json", "cloudflare/monitor.tf"]);
    const [, ...args] = hook.entry.split(" ");
    const run = cflint([...args, ...passed], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^\ncloudflare\/apps\.json\n/);
    expect(run.stdout).toContain("\ncloudflare/monitor.tf\n");
    expect(run.stdout).toContain("✖ 4 problems (3 errors, 1 warning)");
  });

  it("its entry does not report as missing a pool that a staged file names and that is not staged", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-hook-"));
    const pool = (id: string, name: string) => JSON.stringify({ pools: [{ id, name, origins: [{ name: "a", address: "192.0.2.1" }] }] });
    const [us, eu] = ["9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"];
    writeFileSync(join(dir, "pools.json"), pool(us, "us"));
    writeFileSync(join(dir, "pools-eu.json"), pool(eu, "eu"));
    writeFileSync(join(dir, "lb.json"), JSON.stringify({ load_balancers: [{ name: "www.example.com", default_pools: [us, eu], fallback_pool: eu }] }));
    const staged = ["lb.json", "pools.json"];
    const [, ...args] = hook.entry.split(" ");
    expect(cflint([...args, ...staged], { cwd: dir })).toEqual({ status: 0, stdout: "", stderr: "" });
    // Without --partial the unstaged pool is reported missing, at both references.
    const whole = cflint(["check", ...staged], { cwd: dir });
    expect(whole.status).toBe(1);
    expect(whole.stdout.match(/account\/unknown-pool/g)).toHaveLength(2);
    // With every pool file in the run, nothing is missing.
    expect(cflint(["check", "lb.json", "pools.json", "pools-eu.json"], { cwd: dir }).status).toBe(0);
  });
});

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  "working-directory"?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

describe("action.yml", SPAWNING, () => {
  const action = parse(readFileSync(join(REPO, "action.yml"), "utf8")) as Action;
  const step = action.runs.steps.find((s) => s.id === "cflint")!;

  it("is a composite action with the documented inputs", () => {
    expect(action.name).toBe("cflint");
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(["paths", "config", "format", "sarif-file", "fail-on"]);
    for (const input of Object.values(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10);
      expect(input.required).toBe(false);
    }
    expect(action.inputs.paths!.default).toBe(".");
    expect(action.inputs["fail-on"]!.default).toBe("error");
  });

  it("sets up Node and the CLI before running it", () => {
    const [node, setup] = action.runs.steps;
    expect(node!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(node!.with).toEqual({ "node-version": 20 });
    expect(setup).toMatchObject({ shell: "bash", "working-directory": "${{ github.action_path }}", run: "npm ci --no-audit --no-fund" });
    expect(step.shell).toBe("bash");
  });

  it("hands every input to the script through the environment, never spliced into it", () => {
    expect(Object.values(step.env!).sort()).toEqual(Object.keys(action.inputs).map((name) => `\${{ inputs.${name} }}`).sort());
    expect(step.run).not.toContain("${{");
  });

  /** Runs the step's script the way the runner does: bash -eo pipefail, inputs resolved into env. */
  function runStep(inputs: Record<string, string>, cwd = FIXTURES) {
    const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_ACTIONS: "true", GITHUB_ACTION_PATH: REPO };
    delete env.FORCE_COLOR;
    delete env.NO_COLOR;
    for (const [name, expression] of Object.entries(step.env!)) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expression)![1]!;
      env[name] = inputs[input] ?? action.inputs[input]!.default ?? "";
    }
    const script = join(mkdtempSync(join(tmpdir(), "cflint-action-")), "step.sh");
    writeFileSync(script, step.run!);
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  const both = "spectrum-both.json\nmonitor-http.json";

  it("by default prints the stylish report with annotations, and fails on errors", () => {
    const run = runStep({ paths: both });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(cflint(["check", "spectrum-both.json", "monitor-http.json"], { env: { GITHUB_ACTIONS: "true" } }).stdout);
    expect(run.stdout).toContain("::error file=test/fixtures/cli/spectrum-both.json,line=4,col=21,");
  });

  it("with sarif-file writes SARIF there and keeps the stylish report and the annotations in the log", () => {
    const sarif = join(mkdtempSync(join(tmpdir(), "cflint-action-")), "cflint.sarif");
    const run = runStep({ paths: both, "sarif-file": sarif });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(cflint(["check", "spectrum-both.json", "monitor-http.json"], { env: { GITHUB_ACTIONS: "true" } }).stdout);
    expect(run.stdout).toContain("::error file=test/fixtures/cli/spectrum-both.json,line=4,col=21,");
    expect(run.stdout).toContain("::warning file=test/fixtures/cli/monitor-http.json,");
    const log = JSON.parse(readFileSync(sarif, "utf8")) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.results).toHaveLength(3);
  });

  it("passes format through", () => {
    const run = runStep({ paths: "spectrum-both.json", format: "json" });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].errorCount).toBe(2);
  });

  it("fail-on: warning fails on warnings, never forgives findings but not a failed run", () => {
    expect(runStep({ paths: "monitor-http.json" }).status).toBe(0);
    expect(runStep({ paths: "monitor-http.json", "fail-on": "warning" }).status).toBe(1);
    expect(runStep({ paths: both, "fail-on": "never" }).status).toBe(0);
    const missing = runStep({ paths: "missing.json", "fail-on": "never" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("cflint: missing.json: no such file or directory\n");
  });

  it("reads a config kept in a subdirectory only when the config input names it, as the README says", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-action-config-"));
    mkdirSync(join(dir, "cloudflare"));
    writeFileSync(join(dir, "cloudflare/monitor.json"), readFileSync(join(FIXTURES, "monitor-http.json")));
    writeFileSync(join(dir, "cloudflare/cflint.config.json"), JSON.stringify({ rules: { "monitor/http-redirect": "error" } }));
    expect(runStep({ paths: "cloudflare/" }, dir).status).toBe(0);
    expect(runStep({ paths: "cloudflare/", config: "cloudflare/cflint.config.json" }, dir).status).toBe(1);
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const ci = readme.slice(readme.indexOf("## In CI and git"), readme.indexOf("### GitHub Action"));
    expect(ci).toContain("a `cloudflare/cflint.config.json` is not read");
    expect(ci).toContain("`args: [--config, cloudflare/cflint.config.json]` for pre-commit");
    expect(action.inputs.config!.description).toContain("one in a subdirectory is read only when named here");
  });

  it("leaves globs for cflint to expand", () => {
    const run = runStep({ paths: "spectrum-*.json", format: "json" });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), "cflint-glob-"));
    mkdirSync(join(dir, "lb"));
    writeFileSync(join(dir, "lb/a.json"), readFileSync(join(FIXTURES, "spectrum-both.json")));
    // Clean, but configuration: a search passes over a file with none.
    writeFileSync(join(dir, "b.json"), readFileSync(join(FIXTURES, "clean.json")));
    // bash alone would expand **/*.json to lb/a.json only; cflint's glob matches both.
    expect(JSON.parse(runStep({ paths: "**/*.json", format: "json" }, dir).stdout)).toHaveLength(2);
  });

  it("rejects a bad fail-on, and sarif-file with another format, with an annotation", () => {
    expect(runStep({ paths: both, "fail-on": "sometimes" })).toEqual({
      status: 2,
      stdout: '::error title=cflint::fail-on must be error, warning or never (got "sometimes")\n',
      stderr: "",
    });
    const mixed = runStep({ paths: both, format: "junit", "sarif-file": "x.sarif" });
    expect(mixed.status).toBe(2);
    expect(mixed.stdout).toBe("::error title=cflint::sarif-file writes SARIF; it cannot be combined with format: junit\n");
  });
});

describe("README snippets", SPAWNING, () => {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const blocks = (lang: string) => [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
  const action = parse(readFileSync(join(REPO, "action.yml"), "utf8")) as Action;
  const hooks = parse(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

  it("the workflow uses the action with its real inputs and uploads the SARIF file it writes", () => {
    const workflow = parse(blocks("yaml").find((b) => b.includes("upload-sarif"))!) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(workflow.permissions["security-events"]).toBe("write");
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const cflintStep = steps.find((s) => s.uses?.startsWith("cflint/cflint@"))!;
    expect(Object.keys(cflintStep.with!).every((input) => input in action.inputs)).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.with!.sarif_file).toBe(cflintStep.with!["sarif-file"]);
  });

  it("the pre-commit config names the hook the manifest declares", () => {
    const config = parse(blocks("yaml").find((b) => b.startsWith("repos:"))!) as { repos: { hooks: { id: string }[] }[] };
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual(hooks.map((h) => h.id));
  });

  it("the plain git hook checks the staged Cloudflare files and refuses a commit with errors", () => {
    const hook = blocks("sh").find((b) => b.includes("git diff --cached"))!;
    const dir = mkdtempSync(join(tmpdir(), "cflint-git-"));
    const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    mkdirSync(join(dir, "cloudflare"));
    const spectrum = readFileSync(join(FIXTURES, "spectrum-both.json"), "utf8");
    writeFileSync(join(dir, "cloudflare/apps.json"), spectrum);
    writeFileSync(join(dir, "package.json"), spectrum);
    const script = join(dir, "hook.sh");
    writeFileSync(script, hook.replace("npx --no-install cflint", `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`));
    const run = () => spawnSync("sh", [script], { cwd: dir, encoding: "utf8" });
    expect(run()).toMatchObject({ status: 0, stdout: "" });
    git("add", "cloudflare/apps.json", "package.json");
    const staged = run();
    expect(staged.status).toBe(1);
    expect(staged.stdout).toMatch(/^\ncloudflare\/apps\.json\n/);
    expect(staged.stdout).not.toContain("package.json");
  });

  it("the lint-staged config is JSON that runs cflint check on part of the configuration", () => {
    const config = JSON.parse(blocks("json").find((b) => b.includes("lint-staged"))!) as { "lint-staged": Record<string, string> };
    expect(Object.values(config["lint-staged"])).toEqual(["cflint check --partial"]);
  });
});
