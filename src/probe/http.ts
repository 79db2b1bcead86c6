import { request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { Failure, HttpEvidence, PhaseResult } from "./outcome.js";

/** Cloudflare reads the first 10 KB of a body when it looks for expected_body (docs: common error codes). */
export const BODY_LIMIT = 10 * 1024;

/** Sent instead of any User-Agent the monitor sets, which Cloudflare does not let a monitor override. */
export const USER_AGENT = "Mozilla/5.0 (compatible; Cloudflare-Traffic-Manager/1.0; cflint probe)";

export interface HttpRequest {
  method: string;
  /** Path and query. */
  target: string;
  host: string;
  headers: Record<string, string[]>;
  /** Read the start of the body (up to BODY_LIMIT bytes), for expected_body. */
  readBody: boolean;
}

export interface HttpResponse {
  status: number;
  location?: string;
  /** The first BODY_LIMIT bytes of the body, when asked for. */
  body?: Buffer;
}

/** Sends one request over a connected (plain or TLS) socket and reads the answer, within the deadline. */
export function exchange(socket: Socket, request: HttpRequest, deadline: number): Promise<PhaseResult<HttpResponse, HttpEvidence>> {
  const started = Date.now();
  return new Promise((done) => {
    let evidence: HttpEvidence | undefined;
    let finished = false;
    const finish = (result: PhaseResult<HttpResponse, HttpEvidence>) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      done(result);
    };
    const fail = (failure: Failure) => finish({ ok: false, failure, ...(evidence ? { evidence } : {}) });

    let req: ClientRequest;
    try {
      req = httpRequest({
        // With createConnection and no agent, Node sends the request over this socket and no other.
        createConnection: () => socket,
        method: request.method,
        path: request.target,
        setHost: false,
        headers: { Host: request.host, "User-Agent": USER_AGENT, ...request.headers },
      });
    } catch (error) {
      // Node refuses a method or header it cannot put on the wire (a newline in a value, a space in a name).
      socket.destroy();
      done({ ok: false, failure: { message: `the monitor's request cannot be sent: ${(error as Error).message}` } });
      return;
    }
    const timer = setTimeout(
      () =>
        fail({
          reason: "HTTP timeout occurred",
          timedOut: true,
          message:
            evidence === undefined
              ? "the origin sent no HTTP response within the monitor's timeout. Check the origin's load, or raise the timeout"
              : `the origin answered ${evidence.status} but did not send the body (${evidence.bodyBytes ?? 0} bytes of it read) within the monitor's timeout`,
        }),
      Math.max(0, deadline - Date.now()),
    );
    req.on("error", (error: NodeJS.ErrnoException) => fail(requestFailure(error)));
    req.on("response", (res: IncomingMessage) => {
      const location = res.headers.location;
      evidence = {
        ms: Date.now() - started,
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? "",
        ...(location ? { location } : {}),
      };
      const response: HttpResponse = { status: evidence.status, ...(location ? { location } : {}) };
      if (!request.readBody || request.method.toUpperCase() === "HEAD") {
        finish({ ok: true, value: response, evidence });
        return;
      }
      const chunks: Buffer[] = [];
      let read = 0;
      const complete = () => {
        const body = Buffer.concat(chunks).subarray(0, BODY_LIMIT);
        evidence = { ...evidence!, ms: Date.now() - started, bodyBytes: body.length };
        finish({ ok: true, value: { ...response, body }, evidence });
      };
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        read += chunk.length;
        evidence = { ...evidence!, bodyBytes: Math.min(read, BODY_LIMIT) };
        if (read >= BODY_LIMIT) complete();
      });
      res.on("end", complete);
      res.on("error", (error: NodeJS.ErrnoException) => fail(requestFailure(error)));
    });
    req.end();
  });
}

function requestFailure(error: NodeJS.ErrnoException): Failure {
  const code = error.code ?? "";
  if (code.startsWith("HPE_"))
    return { reason: "HTTP Invalid Response", message: `the origin's answer is not valid HTTP/1.1 (${error.message})` };
  // Node reports a connection closed before any response as ECONNRESET "socket hang up".
  if (error.message === "socket hang up")
    return { reason: "HTTP Invalid Response", message: "the origin closed the connection without sending an HTTP response" };
  if (code === "ECONNRESET")
    return { reason: "Connection Reset by Peer", message: "the origin reset the connection while the health check was reading its answer" };
  return { reason: "HTTP Invalid Response", message: `the HTTP exchange failed: ${error.message}` };
}
