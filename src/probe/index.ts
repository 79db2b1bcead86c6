import type { Socket } from "node:net";
import { hostHeaderName, hostKind } from "../address/index.js";
import { resolve } from "./dns.js";
import { BODY_LIMIT, exchange } from "./http.js";
import type { MonitorSettings } from "./monitor.js";
import { isFailure, type Failure, type Hop, type Inconclusive, type Verdict } from "./outcome.js";
import { connect } from "./tcp.js";
import { handshake } from "./tls.js";

export { monitorSettings, type MonitorSettings } from "./monitor.js";
export type { FailureReason, Hop, Verdict } from "./outcome.js";

/** Where to send the health check. */
export interface ProbeTarget {
  /** The origin's name in its pool, or the address given on the command line. */
  label: string;
  /** The origin's place in the file, for pool origins. */
  pointer?: string;
  /** A hostname or an IP address. */
  address: string;
  /** A port given with --origin, which replaces the monitor's. */
  port?: number;
  /** The origin's own Host header, which overrides the monitor's (as Cloudflare does). */
  host?: string;
  /** The origin sits on a virtual network, so an internal address is expected. */
  virtualNetwork: boolean;
}

export interface ProbeResult {
  target: ProbeTarget;
  verdict: Verdict;
  /** Attempts made: a timed-out attempt is retried at once, up to the monitor's retries. */
  attempts: number;
  /** The requests of the last attempt: the first, then one per redirect followed. */
  hops: Hop[];
}

/** However long a monitor's timeout and retries, cflint spends no more than this on one origin. */
export const PROBE_TIME_LIMIT_MS = 60_000;

/** Redirects followed before giving up, as Go's HTTP client does. */
export const MAX_REDIRECTS = 10;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type AttemptEnd = { healthy: string } | { stop: Failure | Inconclusive };

/**
 * Runs the monitor's health check against one origin, with its retries, within `timeLimitMs`
 * (PROBE_TIME_LIMIT_MS unless a caller needs less).
 */
export async function probe(monitor: MonitorSettings, target: ProbeTarget, timeLimitMs = PROBE_TIME_LIMIT_MS): Promise<ProbeResult> {
  const limit = Date.now() + timeLimitMs;
  const timeout = monitor.timeoutSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    const deadline = Math.min(Date.now() + timeout, limit);
    const cutShort = deadline < Date.now() + timeout;
    const hops: Hop[] = [];
    const end = await runAttempt(monitor, target, deadline, hops);
    const result = (verdict: Verdict): ProbeResult => ({ target, verdict, attempts: attempt, hops });
    if ("healthy" in end) return result({ status: "healthy", message: end.healthy });
    const stop = end.stop;
    if (!isFailure(stop)) return result({ status: "inconclusive", message: stop.message });
    if (stop.timedOut && cutShort)
      return result({
        status: "inconclusive",
        message: `no answer within cflint's limit of ${timeLimitMs / 1000} s for one origin, which the monitor's timeout of ${monitor.timeoutSeconds} s and ${monitor.retries} retries exceed`,
      });
    if (stop.timedOut && attempt <= monitor.retries) continue;
    const tries = stop.timedOut && attempt > 1 ? ` (${attempt} attempts, each with the monitor's timeout of ${monitor.timeoutSeconds} s)` : "";
    return result({ status: "unhealthy", reason: stop.reason, message: stop.message + tries });
  }
}

/** Where one request goes, and what it says about itself. */
interface Request {
  url: URL;
  /** Host name or IP to connect to. */
  connectTo: string;
  host: string;
  servername?: string;
  verifyName: string;
  method: string;
}

async function runAttempt(monitor: MonitorSettings, target: ProbeTarget, deadline: number, hops: Hop[]): Promise<AttemptEnd> {
  const port = target.port ?? monitor.port;
  if (monitor.type === "tcp") {
    const hop: Hop = { url: `tcp://${urlHost(target.address)}:${port}` };
    hops.push(hop);
    const socket = await open(target.address, port, target, deadline, hop);
    if ("stop" in socket) return socket;
    socket.socket.destroy();
    return { healthy: `TCP connection established to ${hop.tcp!.remote}` };
  }

  // The path follows the origin and port as written: resolved as a relative URL, "//name/x" would name another host and port.
  const path = monitor.path.startsWith("/") ? monitor.path : `/${monitor.path}`;
  const url = new URL(`${monitor.type}://${urlHost(target.address)}:${port}${path}`);
  const hostHeader = target.host ?? monitor.host;
  const hostName = hostHeader === undefined ? undefined : hostHeaderName(hostHeader);
  // SNI carries names only: an IP address in the Host header is checked against the certificate but not sent.
  const servername = hostName !== undefined && hostKind(hostName) === "hostname" ? hostName : undefined;
  let request: Request = {
    url,
    connectTo: target.address,
    // With no Host header, the request carries the origin address as its Host.
    host: hostHeader ?? url.host,
    ...(servername ? { servername } : {}),
    verifyName: hostName ?? target.address,
    method: monitor.method,
  };

  for (let redirects = 0; ; redirects++) {
    const hop: Hop = { url: request.url.href, host: request.host };
    hops.push(hop);
    const opened = await open(request.connectTo, portOf(request.url), target, deadline, hop);
    if ("stop" in opened) return opened;
    let socket: Socket = opened.socket;

    if (request.url.protocol === "https:") {
      const tls = await handshake(
        socket,
        { ...(request.servername ? { servername: request.servername } : {}), verifyName: request.verifyName, allowInsecure: monitor.allowInsecure },
        deadline,
      );
      if (tls.evidence) hop.tls = tls.evidence;
      if (!tls.ok) return { stop: tls.failure };
      socket = tls.value;
    }

    const answer = await exchange(
      socket,
      {
        method: request.method,
        target: request.url.pathname + request.url.search,
        host: request.host,
        headers: monitor.headers,
        readBody: monitor.expectedBody !== undefined,
      },
      deadline,
    );
    if (answer.evidence) hop.http = answer.evidence;
    if (!answer.ok) return { stop: answer.failure };
    const { status, location, body } = answer.value;
    const statusLine = `${status} ${answer.evidence.statusText}`.trim();

    if (monitor.followRedirects && REDIRECTS.has(status) && location !== undefined) {
      if (redirects === MAX_REDIRECTS)
        return { stop: { reason: "Response code mismatch", message: `still redirected after ${MAX_REDIRECTS} redirects (last: ${statusLine} to ${location}); the chain of redirects must end in an answer` } };
      const next = redirectTarget(request, location, status);
      if (!next) return { stop: { message: `the origin redirects to "${location}", which is not an http or https URL; cflint does not follow it` } };
      request = next;
      continue;
    }

    if (!monitor.expectedCodes.accepts(status)) {
      const redirect = REDIRECTS.has(status) && location !== undefined;
      const fix = redirect
        ? `Set "follow_redirects": true${monitor.type === "http" && location.startsWith("https:") ? ", or use an https monitor" : ""}`
        : "Make the health path answer with a listed status, or change expected_codes";
      return {
        stop: {
          reason: "Response code mismatch",
          message: `got ${statusLine}${redirect ? ` redirecting to ${location}` : ""}, which expected_codes "${monitor.expectedCodesText}" does not include. ${fix}`,
        },
      };
    }
    if (monitor.expectedBody !== undefined && body !== undefined) {
      const found = body.toString("utf8").toLowerCase().includes(monitor.expectedBody.toLowerCase());
      if (!found) {
        const limit = body.length >= BODY_LIMIT ? `; Cloudflare reads no further than ${BODY_LIMIT} bytes` : "";
        return {
          stop: {
            reason: "Response body mismatch",
            message: `"${monitor.expectedBody}" is not in the first ${body.length} bytes of the body (case ignored)${limit}. Put it near the start of the health page, or change expected_body`,
          },
        };
      }
      return { healthy: `${statusLine}, and the body contains "${monitor.expectedBody}"` };
    }
    return { healthy: `${statusLine}, which expected_codes "${monitor.expectedCodesText}" includes` };
  }
}

/** The DNS and TCP phases: a connected socket, or why there is none. */
async function open(
  address: string,
  port: number,
  target: ProbeTarget,
  deadline: number,
  hop: Hop,
): Promise<{ socket: Socket } | { stop: Failure | Inconclusive }> {
  let addresses = [address];
  if (hostKind(address) === "hostname") {
    const dns = await resolve(address, deadline, { virtualNetwork: target.virtualNetwork });
    if (dns.evidence) hop.dns = dns.evidence;
    if (!dns.ok) return { stop: dns.failure };
    addresses = dns.value;
  }
  // Each address in turn, as a client dialling a name does; the last failure is the one reported.
  let failure: Failure | undefined;
  for (const ip of addresses) {
    const tcp = await connect(ip, port, deadline);
    if (tcp.evidence) hop.tcp = tcp.evidence;
    if (tcp.ok) return { socket: tcp.value };
    failure = tcp.failure;
    if (failure.timedOut) break;
  }
  return { stop: failure! };
}

/**
 * The request a redirect leads to. As in Go's HTTP client, a relative Location keeps the Host
 * header and server name; an absolute one is a request to the host it names.
 */
function redirectTarget(previous: Request, location: string, status: number): Request | undefined {
  let url: URL;
  try {
    url = new URL(location, previous.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const method = status <= 303 && previous.method.toUpperCase() !== "HEAD" ? "GET" : previous.method;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(location)) return { ...previous, url, method };
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const isName = hostKind(hostname) === "hostname";
  return { url, connectTo: hostname, host: url.host, ...(isName ? { servername: hostname } : {}), verifyName: hostname, method };
}

function portOf(url: URL): number {
  return url.port === "" ? (url.protocol === "https:" ? 443 : 80) : Number(url.port);
}

function urlHost(address: string): string {
  return hostKind(address) === "ipv6" ? `[${address}]` : address;
}
