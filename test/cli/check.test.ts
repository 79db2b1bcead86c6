import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cflint, FIXTURES, REPO } from "./run-cli.js";

describe("cflint check: stylish output and exit codes", () => {
  it("a clean file exits 0 and prints nothing", () => {
    expect(cflint(["check", "clean.json"])).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("prints errors with positions, codes and rule ids, and exits 1", () => {
    const { status, stdout, stderr } = cflint(["check", "spectrum-both.json"]);
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        "",
        "spectrum-both.json",
        "  4:21  error  11002  tcp://2001:db8::5:22: IPv6 address needs brackets: tcp://[2001:db8::5]:22  spectrum/origin-address (fixable)",
        "  5:3   error  11000  both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them  spectrum/origin-conflict",
        "",
        "✖ 2 problems (2 errors, 0 warnings)",
        "1 problem fixable with --fix",
        "4 checks need account facts: set account.plan, account.spectrum, account.zones in cflint.config.json",
        "",
      ].join("\n"),
    );
  });

  it("warnings alone exit 0, unless --max-warnings is exceeded", () => {
    const run = cflint(["check", "monitor-http.json"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  2:11  warning  Response code mismatch  HTTP monitor does not follow redirects");
    expect(run.stdout).toContain("✖ 1 problem (0 errors, 1 warning)");
    expect(cflint(["check", "monitor-http.json", "--max-warnings", "1"]).status).toBe(0);
    expect(cflint(["check", "monitor-http.json", "--max-warnings", "0"]).status).toBe(1);
  });

  it("--max-warnings says on stderr how many warnings there were", () => {
    expect(cflint(["check", "--max-warnings", "1", "examples/broken/monitor-http-redirect.json"], { cwd: REPO })).toMatchObject({
      status: 1,
      stderr: "cflint: 2 warnings, more than --max-warnings 1\n",
    });
  });

  it("--quiet reports errors only", () => {
    expect(cflint(["check", "monitor-http.json", "--quiet"])).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("colours only when asked or on a terminal", () => {
    expect(cflint(["check", "spectrum-both.json"]).stdout).not.toContain("\u001b[");
    expect(cflint(["check", "spectrum-both.json"], { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[31merror");
  });
});

describe("cflint check --format json", () => {
  it("is ESLint's shape with code and pointer, filePath absolute", () => {
    const { status, stdout } = cflint(["check", "--format", "json", "spectrum-both.json", "clean.json"]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        filePath: join(FIXTURES, "clean.json"),
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: join(FIXTURES, "spectrum-both.json"),
        messages: [
          {
            ruleId: "spectrum/origin-address",
            severity: 2,
            message: "tcp://2001:db8::5:22: IPv6 address needs brackets: tcp://[2001:db8::5]:22",
            line: 4,
            column: 21,
            endLine: 4,
            endColumn: 43,
            code: "11002",
            pointer: "/origin_direct/0",
            // Offsets into the file: the string "tcp://2001:db8::5:22", quotes included.
            fix: { range: [103, 125], text: '"tcp://[2001:db8::5]:22"' },
          },
          {
            ruleId: "spectrum/origin-conflict",
            severity: 2,
            message: "both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them",
            line: 5,
            column: 3,
            endLine: 5,
            endColumn: 15,
            code: "11000",
            pointer: "/origin_dns",
            suggestions: [
              // The comma after origin_direct's value, and the two lines after it; one edit keeps the line break between.
              { desc: 'remove "origin_dns" and "origin_port"', fix: { range: [126, 198], text: "\n" } },
              // origin_direct's whole line.
              { desc: 'remove "origin_direct"', fix: { range: [83, 128], text: "" } },
            ],
          },
        ],
        errorCount: 2,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
      },
    ]);
    expect(stdout.endsWith("]\n")).toBe(true);
  });
});

describe("cflint check: bad input", () => {
  it("malformed JSON is an error finding at the syntax error, and other files are still checked", () => {
    const { status, stdout } = cflint(["check", "-f", "json", "malformed.json", "spectrum-both.json"]);
    expect(status).toBe(1);
    const [malformed, other] = JSON.parse(stdout);
    expect(malformed.messages).toEqual([
      {
        ruleId: "core/parse-error",
        severity: 2,
        message: "expected ',' between elements",
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 9,
        code: "400",
        pointer: "",
      },
    ]);
    expect(other.errorCount).toBe(2);
  });

  it("a missing path is exit 2 with one line on stderr", () => {
    expect(cflint(["check", "clean.json", "missing.json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "cflint: missing.json: no such file or directory\n",
    });
  });

  it("a glob that matches nothing is exit 2", () => {
    expect(cflint(["check", "nothing/*.json"]).stderr).toBe("cflint: nothing/*.json: no files match this pattern\n");
  });

  it("an unknown flag is exit 2 with one line on stderr", () => {
    const run = cflint(["check", "--bogus", "clean.json"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("cflint: unknown option '--bogus'\n");
  });

  it("a bad option value is exit 2", () => {
    expect(cflint(["check", "--format", "xml", "clean.json"]).status).toBe(2);
    expect(cflint(["check", "--max-warnings", "-1", "clean.json"]).status).toBe(2);
  });

  it("a mistyped command that names no file is called a mistyped command, exit 2", () => {
    expect(cflint(["chek", "clean.json"])).toEqual({ status: 2, stdout: "", stderr: 'cflint: chek: no such file or directory, nor a command (did you mean "check"?)\n' });
    expect(cflint(["explian", "11000"]).stderr).toBe('cflint: explian: no such file or directory, nor a command (did you mean "explain"?)\n');
    // A word far from every command, or a file of that name, is still a path to check.
    expect(cflint(["nothere"]).stderr).toBe("cflint: nothere: no such file or directory\n");
    const dir = mkdtempSync(join(tmpdir(), "cflint-word-"));
    mkdirSync(join(dir, "rule"));
    writeFileSync(join(dir, "rule/m.json"), readFileSync(join(FIXTURES, "clean.json")));
    expect(cflint(["rule"], { cwd: dir })).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(cflint(["clean.json"])).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("check is the default command, and its help says so", () => {
    expect(cflint(["--help"]).stdout).toContain("\nWithout a command, cflint checks the paths it is given: cflint lb/ is cflint check lb/ (a command's name comes first: cflint check rules checks a directory named rules).\n");
  });

  it("no paths and nothing piped is exit 2", () => {
    expect(cflint(["check"], { input: null })).toEqual({
      status: 2,
      stdout: "",
      stderr: "cflint: no paths given: cflint check <files, directories or globs>, or pipe a file into it\n",
    });
  });
});

describe("cflint check: inputs", () => {
  it("reads stdin with '-', named by --stdin-filename", () => {
    const text = readFileSync(join(FIXTURES, "spectrum-both.json"), "utf8");
    const plain = cflint(["check", "-f", "json", "-"], { input: text });
    expect(plain.status).toBe(1);
    expect(JSON.parse(plain.stdout)[0].filePath).toBe("<stdin>");
    const named = cflint(["check", "--stdin-filename", "apps/ssh.json", "-"], { input: text });
    expect(named.stdout).toContain("\napps/ssh.json\n");
  });

  it("stdin that does not parse as JSON, with no --stdin-filename, gets a hint on stderr", () => {
    const yaml = readFileSync(join(REPO, "examples/broken/load-balancer.yaml"), "utf8");
    const hint = "cflint: stdin is read as JSON; name it with --stdin-filename (x.yaml, x.tf, x.jsonc) to read it as YAML, Terraform or JSONC\n";
    const unnamed = cflint(["check", "-"], { input: yaml });
    expect(unnamed.status).toBe(1);
    expect(unnamed.stdout).toContain("<stdin>\n  1:1  error  400  ");
    expect(unnamed.stderr).toBe(hint);
    const named = cflint(["check", "--stdin-filename", "lb.yaml", "-"], { input: yaml });
    expect(named.stdout).toContain("\nlb.yaml\n");
    expect(named.stderr).toBe("");
    // A name that says JSON is the user's own choice: no hint.
    expect(cflint(["check", "--stdin-filename", "lb.json", "-"], { input: yaml }).stderr).toBe("");
  });

  it("reads piped input when no path is given", () => {
    const run = cflint(["check"], { input: '{"type": "https", "header": {"Host": ["a.example.com"]}}' });
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("walks directories for .json and .jsonc, skipping node_modules and .git", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-dir-"));
    for (const sub of ["a/b", "node_modules/x", ".git", "c"]) mkdirSync(join(dir, sub), { recursive: true });
    const bad = '{"type": "http"}';
    writeFileSync(join(dir, "a/b/one.json"), bad);
    writeFileSync(join(dir, "c/two.jsonc"), "// comment\n" + bad);
    writeFileSync(join(dir, "c/notes.txt"), "not json");
    writeFileSync(join(dir, "node_modules/x/skip.json"), bad);
    writeFileSync(join(dir, ".git/skip.json"), bad);
    const run = cflint(["check", "-f", "json", "."], { cwd: dir });
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([
      join(dir, "a/b/one.json"),
      join(dir, "c/two.jsonc"),
    ]);
    expect(cflint(["check", "-f", "json", "**/*.jsonc"], { cwd: dir }).stdout).toContain("two.jsonc");
  });

  it("--kind forces the kind of every object", () => {
    const run = cflint(["check", "--kind", "monitor", "-"], { input: '{"description": "x"}' });
    expect(run.stdout).toContain("monitor/http-redirect");
  });

  it("an object that is no known kind gets a warning saying why", () => {
    const run = cflint(["check", "-"], { input: '{"description": "x"}' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("1:1  warning  unchecked  not checked: it has none of the fields");
  });

  it("--output-file writes the report there and the stylish report to the terminal", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-out-"));
    const out = join(dir, "report.json");
    const run = cflint(["check", "-f", "json", "-o", out, "spectrum-both.json"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(cflint(["check", "spectrum-both.json"]).stdout);
    expect(JSON.parse(readFileSync(out, "utf8"))[0].errorCount).toBe(2);
  });
});

describe("cflint check: what a search finds", () => {
  /** A repository: Cloudflare files, one broken, beside other tools' files. */
  function repository(): string {
    const dir = mkdtempSync(join(tmpdir(), "cflint-repo-"));
    for (const sub of ["cloudflare", "cloudflared", ".github/workflows", ".vscode", "chart/templates", "infra"]) mkdirSync(join(dir, sub), { recursive: true });
    const files: Record<string, string> = {
      "cloudflare/monitor.json": '{"type": "http"}\n',
      "cloudflare/pool.json": '{\n  "origins": [{"address": "192.0.2.1"}],\n}\n',
      "cloudflare/mixed.json": '[{"type": "https", "header": {"Host": ["a.example.com"]}}, {"description": "x"}]\n',
      "package.json": '{"name": "x", "type": "commonjs"}\n',
      "tsconfig.json": '{\n  // strict\n  "compilerOptions": {"strict": true},\n}\n',
      ".vscode/settings.json": '{\n  // editor\n  "editor.tabSize": 2\n}\n',
      ".github/workflows/ci.yml": "on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n",
      "chart/templates/svc.yaml": "metadata:\n  name: {{ .Release.Name }}\n  {{- if .Values.x }}\n",
      "infra/s3.tf": 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n',
      "infra/ec2.tf": 'resource "aws_instance" "a" {\n  ami = "x"\n}\n',
      // Fields other tools share with monitors and Spectrum apps: a tunnel's, a test runner's, a build's.
      "cloudflared/config.yml": "tunnel: 6ff42ae2\nprotocol: quic\ningress:\n  - hostname: app.example.com\n    service: http://localhost:8000\n",
      ".mocharc.json": '{"timeout": 5000, "retries": 2}\n',
      "cloudbuild.yaml": "steps:\n  - name: gcr.io/x\ntimeout: 1200s\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  it("passes over the files it found that hold no Cloudflare configuration", () => {
    const run = cflint(["check", "."], { cwd: repository() });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        "",
        "cloudflare/mixed.json",
        "  1:60  warning  unchecked  not checked: it has none of the fields that identify a monitor (a type such as http or tcp, expected_codes, interval, …), a pool (origins), a load balancer (default_pools, fallback_pool, …) or a Spectrum application (protocol, or dns with origin_direct, origin_dns, …); use --kind to say what it is  core/unknown-kind",
        "",
        "cloudflare/monitor.json",
        '  1:10  warning  Response code mismatch  HTTP monitor does not follow redirects: an origin that redirects to HTTPS (301/302/303) fails expected_codes "200". Add "follow_redirects": true, or use an https monitor  monitor/http-redirect',
        "",
        "cloudflare/pool.json",
        "  2:40  error  400  a comma before a closing bracket is not allowed in JSON: remove it  core/parse-error",
        "",
        "✖ 3 problems (1 error, 2 warnings)",
        "",
      ].join("\n"),
    );
    // Misshapen, but Cloudflare by a bundle's key; Terraform's array form of a whole file: reported.
    const dir = repository();
    writeFileSync(join(dir, "cloudflare/bundle.json"), '{"pools": {"name": "x"}}\n');
    writeFileSync(join(dir, "cloudflare/array.tf.json"), '[{"resource": {"cloudflare_load_balancer_monitor": {"m": {"type": "http", "port": 443}}}}]\n');
    const misshapen = JSON.parse(cflint(["check", "-f", "json", "."], { cwd: dir }).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(misshapen.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)])).toEqual([
      ["cloudflare/array.tf.json", ["monitor/http-on-tls-port"]],
      ["cloudflare/bundle.json", ["core/unknown-kind"]],
      ["cloudflare/mixed.json", ["core/unknown-kind"]],
      ["cloudflare/monitor.json", ["monitor/http-redirect"]],
      ["cloudflare/pool.json", ["core/parse-error"]],
    ]);
    // A glob is a search too.
    expect(cflint(["check", "-f", "json", "*.json"], { cwd: repository() }).stdout).toBe("[]\n");
  });

  it("checks a Terraform file it found that names a checked resource type only through an escape", () => {
    const dir = repository();
    writeFileSync(join(dir, "infra/lb.tf"), 'resource "cloudflare\\u005fload_balancer_monitor" "m" {\n  account_id = "a"\n  type       = "https"\n}\n');
    const run = JSON.parse(cflint(["check", "-f", "json", "infra"], { cwd: dir }).stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    expect(run.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => `${m.line} ${m.ruleId}`)])).toEqual([
      ["infra/lb.tf", ["3 monitor/https-without-host"]],
    ]);
  });

  it("reports a file whose only sign of Cloudflare is a near miss of a field, and says what it meant", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-near-"));
    mkdirSync(join(dir, "cloudflare"));
    const files: Record<string, string> = {
      "cloudflare/pool.json": '{\n  "name": "primary",\n  "orgins": [{"address": "192.0.2.1"}]\n}\n',
      "cloudflare/lb.json": '{\n  "name": "www.example.com",\n  "default_pool_ids": ["17b5962d775c646f3f9725cbc7a53df4"],\n  "fallback_pool_id": "17b5962d775c646f3f9725cbc7a53df4"\n}\n',
      "cloudflare/monitor.yaml": "path: /health\nexpected_code: '200'\nconsecutive_ups: 2\n",
      "cloudflare/ssh.yaml": "dns: {type: CNAME, name: ssh.example.com}\norigin_directs: ['tcp://192.0.2.1:22']\n",
      // Near misses from other tools' files: passed over.
      "cors.json": '{"origin": "https://a.example", "methods": ["GET"]}\n',
      ".mocharc.json": '{"timeout": 2000}\n',
      "package.json": '{"name": "x", "version": "1.0.0", "type": "module"}\n',
      "server.json": '{"protocols": ["h2"], "port": 443}\n',
      "archive.json": '{"originals": [{"id": 1}]}\n',
      "values.yaml": "sessionAffinity: ClientIP\nfollowRedirects: true\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    expect(cflint(["check", "."], { cwd: dir })).toEqual({
      status: 0,
      stdout: [
        "",
        "cloudflare/lb.json",
        '  3:3  warning  unchecked  not checked: "default_pool_ids" is the Terraform provider\'s name (v4); in API JSON it is "default_pools" (a load balancer)  core/unknown-kind',
        "",
        "cloudflare/monitor.yaml",
        '  2:1  warning  unchecked  not checked: "expected_code" is not a field of any object cflint knows; did you mean "expected_codes" (a monitor)?  core/unknown-kind',
        "",
        "cloudflare/pool.json",
        '  3:3  warning  unchecked  not checked: "orgins" is not a field of any object cflint knows; did you mean "origins" (a pool)?  core/unknown-kind',
        "",
        "cloudflare/ssh.yaml",
        '  2:1  warning  unchecked  not checked: "origin_directs" is not a field of any object cflint knows; did you mean "origin_direct" (a Spectrum application)?  core/unknown-kind',
        "",
        "✖ 4 problems (0 errors, 4 warnings)",
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("reports stdin named like a file the search passes over", () => {
    const dir = repository();
    const pool = '{"name": "p", "origins": [{"name": "a", "address": "192.0.2.1", "weight": 7}]}';
    const run = cflint(["check", "--stdin-filename", "package.json", "-", "."], { cwd: dir, input: pool });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("\npackage.json\n  1:75  error  1002  `origins[0].weight` must be at most 1, got 7  pool/schema\n");
  });

  it("says so on stderr when every file it found was passed over", () => {
    const dir = mkdtempSync(join(tmpdir(), "cflint-none-"));
    writeFileSync(join(dir, "package.json"), '{"name": "x"}\n');
    expect(cflint(["check", "."], { cwd: dir })).toEqual({
      status: 0,
      stdout: "",
      stderr: "cflint: the file found holds no Cloudflare configuration; name a file to check it whatever it holds\n",
    });
    writeFileSync(join(dir, "tsconfig.json"), "{\n  // strict\n}\n");
    expect(cflint(["check", "."], { cwd: dir }).stderr).toBe(
      "cflint: none of the 2 files found holds Cloudflare configuration; name a file to check it whatever it holds\n",
    );
  });

  it("reports a file it was given by name whatever it holds", () => {
    const run = cflint(["check", "package.json", "tsconfig.json", "infra/s3.tf"], { cwd: repository() });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("package.json\n  1:1  warning  unchecked  not checked: it has none of the fields");
    expect(run.stdout).toContain("tsconfig.json\n  2:3  error  400  comments are not allowed in JSON (use a .jsonc file)  core/parse-error");
    expect(run.stdout).toContain("infra/s3.tf\n  3:1  error  400");
  });

  it("checks a file named twice, or also in a directory it was given, once, whatever the order", () => {
    const dir = repository();
    const forward = cflint(["check", "-f", "json", "cloudflare", "./cloudflare/monitor.json", "cloudflare/monitor.json"], { cwd: dir });
    const backward = cflint(["check", "-f", "json", "cloudflare/monitor.json", "./cloudflare/monitor.json", "cloudflare"], { cwd: dir });
    expect(forward.status).toBe(1);
    expect(forward.stderr).toBe("");
    expect(JSON.parse(forward.stdout).map((r: { filePath: string }) => r.filePath)).toEqual(
      ["mixed.json", "monitor.json", "pool.json"].map((name) => join(dir, "cloudflare", name)),
    );
    expect(backward).toEqual(forward);
  });
});
