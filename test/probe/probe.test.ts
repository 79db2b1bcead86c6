import type { IncomingHttpHeaders, IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import { createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import type { TLSSocket } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintSources } from "../../src/engine/lint.js";
import { BODY_LIMIT } from "../../src/probe/http.js";
import { monitorSettings, probe, type ProbeResult, type ProbeTarget } from "../../src/probe/index.js";
import {
  closedPort,
  hasOpenssl,
  httpServer,
  httpsServer,
  listen,
  LOOPBACK,
  selfSignedCertificate,
  sniRequiredServer,
  stop,
  trackSockets,
} from "./servers.js";

/** Runs a monitor, given as in a config file, against 127.0.0.1 on a test server's port. */
async function run(monitor: Record<string, unknown>, target: Partial<ProbeTarget> & { port: number }): Promise<ProbeResult> {
  const settings = monitorSettings(monitor);
  if (!settings.ok) throw new Error(settings.message);
  return probe(settings.value, { label: "test", address: LOOPBACK, virtualNetwork: false, ...target });
}

function reason(result: ProbeResult): string {
  return result.verdict.status === "unhealthy" ? result.verdict.reason : result.verdict.status;
}

/** The codes `cflint check` predicts for a monitor, from the rules registered today. */
function staticPredictions(monitor: Record<string, unknown>): string[] {
  const run = lintSources([{ path: "monitor.json", text: JSON.stringify(monitor) }]);
  return run.results.flatMap((r) => r.findings.map((f) => f.code));
}

const servers: { server: NetServer; sockets: Set<Socket> }[] = [];
async function start(server: NetServer): Promise<number> {
  servers.push({ server, sockets: trackSockets(server) });
  return listen(server);
}
afterAll(async () => {
  await Promise.all(servers.map(({ server, sockets }) => stop(server, sockets)));
});

/** What the plain server saw last: for asserting the request the probe sent. */
let lastRequest: { url?: string; headers: IncomingHttpHeaders } | undefined;
let plain: number;
let closed: number;
/** Servers that misbehave once the first bytes of a request arrive. */
let silent: number;
let garbage: number;
let hangUp: number;
let reset: number;

beforeAll(async () => {
  const server: HttpServer = httpServer((req, res) => {
    lastRequest = { ...(req.url ? { url: req.url } : {}), headers: req.headers };
    const url = req.url ?? "/";
    if (url === "/ok" || url === "//ok") res.end("Service is READY\n");
    else if (url === "/status/503") res.writeHead(503).end("down");
    else if (url === "/relative") res.writeHead(302, { Location: "/ok" }).end();
    else if (url === "/to-https") res.writeHead(301, { Location: `https://${LOOPBACK}:${tlsPort}/ok` }).end();
    else if (url === "/loop") res.writeHead(302, { Location: "/loop" }).end();
    // The marker just past the bytes Cloudflare reads.
    else if (url === "/late-marker") res.end("x".repeat(BODY_LIMIT) + "READY");
    // The marker at the start of a body far bigger than the probe may read.
    else if (url === "/early-marker") res.end("ready" + "x".repeat(1024 * 1024));
    else if (url === "/elsewhere") res.writeHead(302, { Location: "http://elsewhere.cflint.invalid/ok" }).end();
    else if (url === "/stall") res.writeHead(200).write("Service"); // the body never ends
    else if (url === "/slow") return; // never answers
    else res.writeHead(404).end();
  });
  plain = await start(server);
  closed = await closedPort();
  silent = await start(createNetServer(() => undefined));
  garbage = await start(createNetServer((socket) => socket.once("data", () => socket.end("NOT HTTP AT ALL\r\n\r\n"))));
  hangUp = await start(createNetServer((socket) => socket.once("data", () => socket.end())));
  reset = await start(createNetServer((socket) => socket.once("data", () => socket.resetAndDestroy())));
});

let tlsPort = 0;

describe("cflint probe: http monitors against a plain HTTP server", () => {
  it("a 200 from the health path is healthy, and the request is the monitor's", async () => {
    const result = await run(
      { type: "http", path: "/ok", header: { "X-Check": ["a", "b"], "User-Agent": ["mine"] } },
      { port: plain },
    );
    expect(result.verdict).toEqual({ status: "healthy", message: '200 OK, which expected_codes "200" includes' });
    expect(lastRequest?.url).toBe("/ok");
    expect(lastRequest?.headers.host).toBe(`${LOOPBACK}:${plain}`);
    expect(lastRequest?.headers["x-check"]).toBe("a, b");
    // Cloudflare's User-Agent cannot be overridden by the monitor.
    expect(lastRequest?.headers["user-agent"]).toContain("Cloudflare-Traffic-Manager/1.0");
    expect(result.hops).toHaveLength(1);
    expect(result.hops[0]).toMatchObject({ url: `http://${LOOPBACK}:${plain}/ok`, tcp: { remote: `${LOOPBACK}:${plain}` }, http: { status: 200, statusText: "OK" } });
  });

  it("a path that starts with // is sent as written, to the monitor's port, and names no host", async () => {
    const result = await run({ type: "http", path: "//ok" }, { port: plain });
    expect(result.verdict).toEqual({ status: "healthy", message: '200 OK, which expected_codes "200" includes' });
    expect(lastRequest?.url).toBe("//ok");
    expect(lastRequest?.headers.host).toBe(`${LOOPBACK}:${plain}`);
    expect(result.hops[0]?.url).toBe(`http://${LOOPBACK}:${plain}//ok`);
  });

  it("the monitor's Host header is sent as Host", async () => {
    await run({ type: "http", path: "/ok", header: { host: ["app.test"] } }, { port: plain });
    expect(lastRequest?.headers.host).toBe("app.test");
    await run({ type: "http", path: "/ok", header: { Host: ["app.test"] } }, { port: plain, host: "origin.test" });
    expect(lastRequest?.headers.host).toBe("origin.test");
  });

  it("a status outside expected_codes is Response code mismatch; codes, classes and lists are read", async () => {
    const mismatch = await run({ type: "http", path: "/status/503" }, { port: plain });
    expect(mismatch.verdict).toEqual({
      status: "unhealthy",
      reason: "Response code mismatch",
      message: 'got 503 Service Unavailable, which expected_codes "200" does not include. Make the health path answer with a listed status, or change expected_codes',
    });
    expect(reason(await run({ type: "http", path: "/status/503", expected_codes: "5xx" }, { port: plain }))).toBe("healthy");
    expect(reason(await run({ type: "http", path: "/status/503", expected_codes: "200,503" }, { port: plain }))).toBe("healthy");
    expect(reason(await run({ type: "http", path: "/ok", expected_codes: "2xx,301" }, { port: plain }))).toBe("healthy");
  });

  it("expected_body is found without regard to case within the first 10 KB, and no further", async () => {
    const early = await run({ type: "http", path: "/early-marker", expected_body: "READY" }, { port: plain });
    expect(reason(early)).toBe("healthy");
    // The probe stops reading at the limit, whatever the body's size.
    expect(early.hops[0]?.http?.bodyBytes).toBe(BODY_LIMIT);

    const late = await run({ type: "http", path: "/late-marker", expected_body: "ready" }, { port: plain });
    expect(late.verdict).toEqual({
      status: "unhealthy",
      reason: "Response body mismatch",
      message: `"ready" is not in the first ${BODY_LIMIT} bytes of the body (case ignored); Cloudflare reads no further than ${BODY_LIMIT} bytes. Put it near the start of the health page, or change expected_body`,
    });
  });

  it("a status mismatch is reported before a body mismatch", async () => {
    expect(reason(await run({ type: "http", path: "/status/503", expected_body: "up" }, { port: plain }))).toBe("Response code mismatch");
  });

  it("a relative redirect is followed only with follow_redirects, keeping the Host header", async () => {
    const notFollowed = await run({ type: "http", path: "/relative" }, { port: plain });
    expect(reason(notFollowed)).toBe("Response code mismatch");
    expect(notFollowed.hops).toHaveLength(1);
    expect(notFollowed.hops[0]?.http?.location).toBe("/ok");

    const followed = await run({ type: "http", path: "/relative", follow_redirects: true, header: { Host: ["app.test"] } }, { port: plain });
    expect(reason(followed)).toBe("healthy");
    expect(followed.hops.map((h) => [h.url, h.host])).toEqual([
      [`http://${LOOPBACK}:${plain}/relative`, "app.test"],
      [`http://${LOOPBACK}:${plain}/ok`, "app.test"],
    ]);
  });

  it("a redirect to another host is followed only when the monitor follows redirects", async () => {
    const stays = await run({ type: "http", path: "/elsewhere" }, { port: plain });
    expect(reason(stays)).toBe("Response code mismatch");
    expect(stays.hops).toHaveLength(1);
    const follows = await run({ type: "http", path: "/elsewhere", follow_redirects: true, header: { Host: ["app.test"] } }, { port: plain });
    expect(reason(follows)).toBe("DNS Unknown Host");
    expect(follows.hops.map((h) => [h.url, h.host])).toEqual([
      [`http://${LOOPBACK}:${plain}/elsewhere`, "app.test"],
      ["http://elsewhere.cflint.invalid/ok", "elsewhere.cflint.invalid"],
    ]);
  });

  it("the timeout covers reading the body for expected_body", async () => {
    const result = await run({ type: "http", path: "/stall", expected_body: "ready", timeout: 1, retries: 0 }, { port: plain });
    expect(result.verdict).toEqual({
      status: "unhealthy",
      reason: "HTTP timeout occurred",
      message: "the origin answered 200 but did not send the body (7 bytes of it read) within the monitor's timeout",
    });
  });

  it("a redirect loop stops after 10 redirects", async () => {
    const result = await run({ type: "http", path: "/loop", follow_redirects: true }, { port: plain });
    expect(reason(result)).toBe("Response code mismatch");
    expect(result.hops).toHaveLength(11);
  });

  it("an origin that never answers is HTTP timeout occurred, retried as often as the monitor says", async () => {
    const once = await run({ type: "http", path: "/slow", timeout: 1, retries: 0 }, { port: plain });
    expect(reason(once)).toBe("HTTP timeout occurred");
    expect(once.attempts).toBe(1);
    const retried = await run({ type: "http", path: "/slow", timeout: 1, retries: 1 }, { port: plain });
    expect(retried.verdict).toMatchObject({ status: "unhealthy", reason: "HTTP timeout occurred", message: expect.stringContaining("(2 attempts") });
    expect(retried.attempts).toBe(2);
  }, 10_000);

  it("cflint stops at its own time limit, and then says it cannot tell", async () => {
    const settings = monitorSettings({ type: "http", path: "/slow", timeout: 1, retries: 5 });
    if (!settings.ok) throw new Error(settings.message);
    const result = await probe(settings.value, { label: "test", address: LOOPBACK, port: plain, virtualNetwork: false }, 1500);
    expect(result.verdict).toEqual({
      status: "inconclusive",
      message: "no answer within cflint's limit of 1.5 s for one origin, which the monitor's timeout of 1 s and 5 retries exceed",
    });
    expect(result.attempts).toBe(2);
  }, 10_000);

  it("an answer that is not HTTP, or none at all, is HTTP Invalid Response; a reset is Connection Reset by Peer", async () => {
    const notHttp = await run({ type: "http" }, { port: garbage });
    expect(notHttp.verdict).toMatchObject({ status: "unhealthy", reason: "HTTP Invalid Response", message: expect.stringMatching(/^the origin's answer is not valid HTTP\/1\.1 \(Parse Error/) });
    expect((await run({ type: "http" }, { port: hangUp })).verdict).toEqual({
      status: "unhealthy",
      reason: "HTTP Invalid Response",
      message: "the origin closed the connection without sending an HTTP response",
    });
    expect(reason(await run({ type: "http" }, { port: reset }))).toBe("Connection Reset by Peer");
  });

  it("a header Node cannot send leaves the probe unable to tell", async () => {
    const result = await run({ type: "http", path: "/ok", header: { "X-Bad": ["a\nb"] } }, { port: plain });
    expect(result.verdict).toMatchObject({ status: "inconclusive", message: expect.stringMatching(/^the monitor's request cannot be sent: /) });
  });

  it("a failure that is not a timeout is not retried", async () => {
    expect((await run({ type: "http", path: "/status/503", retries: 3 }, { port: plain })).attempts).toBe(1);
  });

  it("a closed port is TCP connection failed", async () => {
    const result = await run({ type: "http" }, { port: closed });
    expect(result.verdict).toMatchObject({ status: "unhealthy", reason: "TCP connection failed" });
    expect(result.verdict.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${closed} refused the connection`));
  });

  it("a hostname that does not exist is DNS Unknown Host (a name under .invalid never resolves)", async () => {
    const result = await run({ type: "http" }, { port: plain, address: "origin.cflint.invalid" });
    expect(reason(result)).toBe("DNS Unknown Host");
    expect(result.hops[0]?.dns).toMatchObject({ name: "origin.cflint.invalid", addresses: [] });
    expect(result.hops[0]?.tcp).toBeUndefined();
  });

  it("a hostname that resolves to an internal address is DNS Internal, unless the origin is on a virtual network", async () => {
    expect(reason(await run({ type: "http", path: "/ok" }, { port: plain, address: "localhost" }))).toBe("DNS Internal");
    const tunnelled = await run({ type: "http", path: "/ok" }, { port: plain, address: "localhost", virtualNetwork: true });
    expect(reason(tunnelled)).toBe("healthy");
    expect(tunnelled.hops[0]?.dns?.addresses).toContain(LOOPBACK);
    expect(tunnelled.hops[0]?.tcp?.remote).toBe(`${LOOPBACK}:${plain}`);
  });

  it("a TLS handshake the origin never answers is HTTP timeout occurred", async () => {
    const result = await run({ type: "https", timeout: 1, retries: 0 }, { port: silent });
    expect(reason(result)).toBe("HTTP timeout occurred");
    expect(result.hops[0]?.tls).toMatchObject({ servername: null });
  });

  it("a TLS handshake the origin drops is TLS Handshake Failure", async () => {
    expect(reason(await run({ type: "https" }, { port: hangUp }))).toBe("TLS Handshake Failure");
  });

  it("an https monitor against a plain HTTP port is TLS protocol error", async () => {
    const result = await run({ type: "https", path: "/ok", allow_insecure: true }, { port: plain });
    expect(result.verdict).toMatchObject({ status: "unhealthy", reason: "TLS protocol error" });
    expect(result.verdict.message).toContain("wrong version number");
  });
});

describe("cflint probe: tcp monitors", () => {
  it("a listening port is healthy; a closed one is TCP connection failed", async () => {
    expect((await run({ type: "tcp", port: 1 }, { port: plain })).verdict).toEqual({
      status: "healthy",
      message: `TCP connection established to ${LOOPBACK}:${plain}`,
    });
    expect(reason(await run({ type: "tcp", port: 1 }, { port: closed }))).toBe("TCP connection failed");
  });
});

describe.skipIf(!hasOpenssl())("cflint probe: https monitors (needs the openssl command to make a certificate)", () => {
  /** The SNI under which each request reached the TLS servers, in order. */
  const seen: (string | false | null)[] = [];
  let sniPort: number;

  beforeAll(async () => {
    const certificate = selfSignedCertificate();
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      seen.push((req.socket as TLSSocket).servername);
      res.end("Service is READY\n");
    };
    tlsPort = await start(httpsServer(certificate, handler));
    sniPort = await start(sniRequiredServer(await start(httpsServer(certificate, handler))));
  });

  it("a self-signed certificate is TLS untrusted certificate; no Host means no SNI, and the address is the name checked", async () => {
    const result = await run({ type: "https", path: "/ok" }, { port: tlsPort });
    expect(result.verdict).toEqual({
      status: "unhealthy",
      reason: "TLS untrusted certificate",
      message: 'the certificate "CN=app.test" issued by "CN=app.test" is not trusted: it is self-signed. Install a certificate from a public certificate authority, or set "allow_insecure": true',
    });
    expect(result.hops[0]?.tls).toMatchObject({
      servername: null,
      certificate: { subject: "CN=app.test", names: ["app.test", "127.0.0.1"], issuer: "CN=app.test" },
    });
    expect(reason(await run({ type: "https", path: "/ok", header: { Host: ["app.test"] } }, { port: tlsPort }))).toBe(
      "TLS untrusted certificate",
    );
  });

  it("the Host header is sent as SNI, and no SNI without one", async () => {
    const result = await run({ type: "https", path: "/ok", allow_insecure: true, header: { Host: ["app.test"] } }, { port: tlsPort });
    expect(result.hops[0]?.tls?.servername).toBe("app.test");
    expect(seen.at(-1)).toBe("app.test");
    await run({ type: "https", path: "/ok", allow_insecure: true }, { port: tlsPort });
    expect(seen.at(-1)).toBe(false);
    // An IP address is no server name: it is checked against the certificate but not sent.
    const ip = await run({ type: "https", path: "/ok", header: { Host: [LOOPBACK] } }, { port: tlsPort });
    expect(ip.hops[0]?.tls?.servername).toBe(null);
    expect(reason(ip)).toBe("TLS untrusted certificate");
  });

  it("a Host the certificate does not cover is TLS name mismatch, the untrusted chain noted", async () => {
    const result = await run({ type: "https", path: "/ok", header: { Host: ["other.test"] } }, { port: tlsPort });
    expect(result.verdict).toEqual({
      status: "unhealthy",
      reason: "TLS name mismatch",
      message:
        'the certificate covers "app.test", "127.0.0.1", not "other.test" (it is not trusted either: it is self-signed). ' +
        'Set the Host header to a name the certificate covers, or reissue the certificate for "other.test"',
    });
  });

  it("the origin's Host header overrides the monitor's, for SNI and for the name checked", async () => {
    const result = await run({ type: "https", path: "/ok", header: { Host: ["other.test"] } }, { port: tlsPort, host: "app.test" });
    expect(reason(result)).toBe("TLS untrusted certificate");
    expect(result.hops[0]?.tls?.servername).toBe("app.test");
  });

  it("allow_insecure skips certificate checks, as Cloudflare does", async () => {
    const result = await run({ type: "https", path: "/ok", allow_insecure: true, header: { Host: ["other.test"] } }, { port: tlsPort });
    expect(result.verdict).toEqual({ status: "healthy", message: '200 OK, which expected_codes "200" includes' });
    expect(result.hops[0]?.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
  });

  it("an origin that requires SNI refuses a monitor without Host: TLS unrecognized name", async () => {
    const result = await run({ type: "https", path: "/ok", allow_insecure: true }, { port: sniPort });
    expect(result.verdict).toEqual({
      status: "unhealthy",
      reason: "TLS unrecognized name",
      message: 'the origin refused a handshake without a server name (no Host header, so no SNI was sent). Set "header": {"Host": ["<hostname>"]} on the monitor',
    });
    expect(reason(await run({ type: "https", path: "/ok", allow_insecure: true, header: { Host: ["app.test"] } }, { port: sniPort }))).toBe("healthy");
    expect(reason(await run({ type: "https", path: "/ok", allow_insecure: true }, { port: sniPort, host: "app.test" }))).toBe("healthy");
  });

  it("an HTTP origin redirecting to HTTPS: a mismatch unless followed, then the HTTPS origin is judged", async () => {
    const notFollowed = await run({ type: "http", path: "/to-https" }, { port: plain });
    expect(notFollowed.verdict).toEqual({
      status: "unhealthy",
      reason: "Response code mismatch",
      message: `got 301 Moved Permanently redirecting to https://${LOOPBACK}:${tlsPort}/ok, which expected_codes "200" does not include. Set "follow_redirects": true, or use an https monitor`,
    });
    expect(notFollowed.hops[0]?.http).toMatchObject({ status: 301, location: `https://${LOOPBACK}:${tlsPort}/ok` });

    const followed = await run({ type: "http", path: "/to-https", follow_redirects: true }, { port: plain });
    expect(reason(followed)).toBe("TLS untrusted certificate");
    const insecure = await run({ type: "http", path: "/to-https", follow_redirects: true, allow_insecure: true }, { port: plain });
    expect(reason(insecure)).toBe("healthy");
    expect(insecure.hops.map((h) => h.url)).toEqual([`http://${LOOPBACK}:${plain}/to-https`, `https://${LOOPBACK}:${tlsPort}/ok`]);
  });

  describe("the probe agrees with the static rule where one predicts the failure", () => {
    const scenarios: { name: string; monitor: Record<string, unknown>; port: () => number }[] = [
      { name: "http monitor, origin redirects to HTTPS", monitor: { type: "http", path: "/to-https" }, port: () => plain },
      { name: "http monitor, relative redirect", monitor: { type: "http", path: "/relative", follow_redirects: false }, port: () => plain },
      { name: "https monitor without Host, origin requires SNI", monitor: { type: "https", path: "/ok", allow_insecure: true }, port: () => sniPort },
    ];
    for (const { name, monitor, port } of scenarios) {
      it(name, async () => {
        const result = await run(monitor, { port: port() });
        expect(result.verdict.status).toBe("unhealthy");
        expect(staticPredictions(monitor)).toContain(reason(result));
      });
    }
  });
});
