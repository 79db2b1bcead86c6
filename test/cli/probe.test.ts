import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import type { Server as NetServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, hasOpenssl, httpServer, httpsServer, listen, LOOPBACK, selfSignedCertificate, stop, trackSockets, type Certificate } from "../probe/servers.js";
import { BIN, type CliResult } from "./run-cli.js";

/** Runs the built binary without blocking, so the test servers in this process can answer it. */
function cflintAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

/** Phase timings vary from run to run. */
function steady(text: string): string {
  return text.replace(/ +\d+ ms/g, "  N ms");
}

function write(name: string, value: unknown): string {
  writeFileSync(join(dir, name), typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return name;
}

const dir = mkdtempSync(join(tmpdir(), "cflint-probe-cli-"));
const servers: { server: NetServer; sockets: Set<Socket> }[] = [];
let plain: number;

beforeAll(async () => {
  // Healthy, except for requests that name the host down.test.
  const server = httpServer((req, res) => void (req.headers.host === "down.test" ? res.writeHead(503).end() : res.end("ok")));
  servers.push({ server, sockets: trackSockets(server) });
  plain = await listen(server);
});
afterAll(async () => {
  await Promise.all(servers.map(({ server, sockets }) => stop(server, sockets)));
});

describe("cflint probe --origin", () => {
  it("a healthy origin exits 0 and shows each phase", async () => {
    const file = write("monitor.json", { type: "http", path: "/health", expected_codes: "2xx" });
    const run = await cflintAsync(["probe", file, "--origin", `${LOOPBACK}:${plain}`]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(steady(run.stdout)).toBe(
      [
        "",
        `${file}  monitor (the whole file): http GET /health port 80, expected_codes "2xx", timeout 5 s, 2 retries`,
        "",
        `  ${LOOPBACK}:${plain}`,
        '    ✔ healthy  200 OK, which expected_codes "2xx" includes',
        `      http://${LOOPBACK}:${plain}/health  Host: ${LOOPBACK}:${plain}`,
        `        tcp  N ms  ${LOOPBACK}:${plain}`,
        "        http  N ms  200 OK",
        "",
        "✔ the origin is healthy",
        "",
      ].join("\n"),
    );
  });

  it("reads a monitor written in YAML", async () => {
    const file = write("monitor.yaml", "type: http\npath: /health\nexpected_codes: 2xx\n");
    const run = await cflintAsync(["probe", file, "--origin", `${LOOPBACK}:${plain}`]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${file}  monitor (the whole file): http GET /health port 80, expected_codes "2xx"`);
  });

  it("a failure exits 1 and names the reason", async () => {
    const file = write("monitor-closed.json", { type: "http", expected_codes: "200" });
    const port = await closedPort();
    const run = await cflintAsync(["probe", file, "--origin", `${LOOPBACK}:${port}`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`    ✖ unhealthy  TCP connection failed  ${LOOPBACK}:${port} refused the connection`);
    expect(run.stdout).toMatch(/\n✖ 1 of 1 origin unhealthy\n$/);
  });
});

describe("cflint probe of a pool", () => {
  it("probes each enabled origin with the pool's monitor; the origin's Host overrides the monitor's", async () => {
    const file = write("bundle.json", {
      monitors: [
        { id: "other", type: "tcp", port: 1 },
        { id: "web", type: "http", port: plain, header: { Host: ["app.test"] } },
      ],
      pools: [
        {
          name: "web",
          monitor: "web",
          origins: [
            { name: "web-1", address: LOOPBACK },
            { name: "web-2", address: LOOPBACK, header: { Host: ["down.test"] } },
            { name: "web-3", address: "gone.cflint.invalid", enabled: false },
            { name: "web-4", address: "web-4.cflint.invalid" },
          ],
        },
      ],
    });
    const run = await cflintAsync(["probe", file, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      monitor: { pointer: string };
      pool: string;
      results: { origin: { name: string; pointer: string; host: string | null }; status: string; reason: string | null }[];
      healthyCount: number;
      unhealthyCount: number;
    };
    expect(report.monitor.pointer).toBe("/monitors/1");
    expect(report.pool).toBe("/pools/0");
    expect(report.results.map((r) => [r.origin.name, r.origin.pointer, r.origin.host, r.status, r.reason])).toEqual([
      ["web-1", "/pools/0/origins/0", null, "healthy", null],
      ["web-2", "/pools/0/origins/1", "down.test", "unhealthy", "Response code mismatch"],
      ["web-4", "/pools/0/origins/3", null, "unhealthy", "DNS Unknown Host"],
    ]);
    expect([report.healthyCount, report.unhealthyCount]).toEqual([1, 2]);
  });

  it("an origin cflint cannot probe makes the run inconclusive: exit 2", async () => {
    const file = write("pool-odd.json", {
      monitors: [{ type: "http", port: plain }],
      pools: [{ name: "odd", origins: [{ name: "ok", address: LOOPBACK }, { name: "odd", address: "not an address" }] }],
    });
    const run = await cflintAsync(["probe", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('    ? inconclusive  address "not an address" is not an IP address or a hostname\n');
    expect(run.stdout).toMatch(/\n\? 1 of 2 origins inconclusive\n$/);
  });

  it("a disabled pool is not probed", async () => {
    const file = write("pool-off.json", { monitors: [{ type: "http" }], pools: [{ name: "off", enabled: false, origins: [{ address: LOOPBACK }] }] });
    expect(await cflintAsync(["probe", file])).toEqual({
      status: 2,
      stdout: "",
      stderr: "cflint: the pool at /pools/0 is disabled, and Cloudflare does not health-check a disabled pool\n",
    });
  });
});

describe("cflint probe: could not run (exit 2, one line on stderr)", () => {
  beforeAll(() => {
    write("broken.json", "{]");
    write("two.json", { monitors: [{ type: "http" }, { type: "https" }] });
    write("icmp.json", { type: "icmp_ping" });
    write("bad-type.json", { type: "http", timeout: "5" });
    write("monitor.tf", 'resource "cloudflare_load_balancer_monitor" "m" {\n  type = "http"\n}\n');
  });

  it.concurrent.each([
    [["probe", "missing.json"], /^cflint: cannot read missing\.json: ENOENT/],
    [["probe", "broken.json"], /^cflint: broken\.json:1:2: /],
    [["probe", "two.json", "--origin", LOOPBACK], /^cflint: two\.json has 2 monitors \(\/monitors\/0, \/monitors\/1\); choose one with --monitor <pointer>\n$/],
    [["probe", "two.json", "--origin", LOOPBACK, "--monitor", "/monitors/7"], /^cflint: two\.json has no monitor at \/monitors\/7; its monitors are at \/monitors\/0, \/monitors\/1\n$/],
    [["probe", "two.json"], /^cflint: two\.json has no pool: give --origin ADDRESS\[:PORT\] to probe one address\n$/],
    [["probe", "two.json", "--origin", LOOPBACK, "--pool", "/pools/0"], /^cflint: --origin and --pool exclude each other/],
    [["probe", "icmp.json", "--origin", LOOPBACK], /^cflint: the monitor at "" \(the whole file\) cannot be probed: cflint probe runs http, https and tcp monitors, not "icmp_ping"\n$/],
    [["probe", "bad-type.json", "--origin", LOOPBACK], /^cflint: the monitor at "" \(the whole file\) is not valid: `timeout` must be an integer, got "5" \(cflint check bad-type\.json shows every problem\)\n$/],
    [["probe", "two.json", "--origin", "http://x"], /^cflint: --origin "http:\/\/x" is not ADDRESS\[:PORT\]/],
    [["probe", "monitor.tf", "--origin", LOOPBACK], /^cflint: monitor\.tf: cflint probe reads monitors and pools written as the API's JSON or YAML, not Terraform\n$/],
  ])("%j", async (args, stderr) => {
    const run = await cflintAsync(args);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(stderr);
    expect(run.status).toBe(2);
  });
});

describe.skipIf(!hasOpenssl())("cflint probe with a certificate the machine trusts (needs the openssl command)", () => {
  let certificate: Certificate;
  let tlsPort: number;
  beforeAll(async () => {
    certificate = selfSignedCertificate();
    const server = httpsServer(certificate, (_req, res) => void res.end("ok"));
    servers.push({ server, sockets: trackSockets(server) });
    tlsPort = await listen(server);
  });

  it("a trusted certificate that covers the Host is healthy; the same one untrusted is not", async () => {
    const file = write("https.json", { type: "https", header: { Host: ["app.test"] } });
    const args = ["probe", file, "--origin", `${LOOPBACK}:${tlsPort}`];
    // NODE_EXTRA_CA_CERTS adds the test certificate to the trust store, as a public CA's would be.
    const trusted = await cflintAsync(args, { NODE_EXTRA_CA_CERTS: certificate.certFile });
    expect(trusted.status).toBe(0);
    expect(trusted.stdout).toContain("    ✔ healthy  200 OK");
    expect(steady(trusted.stdout)).toContain("tls  N ms  TLSv1.3, SNI app.test, certificate CN=app.test (app.test, 127.0.0.1) issued by CN=app.test, valid until ");
    const untrusted = await cflintAsync(args);
    expect(untrusted.status).toBe(1);
    expect(untrusted.stdout).toContain("✖ unhealthy  TLS untrusted certificate");
  });
});
