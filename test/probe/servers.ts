import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer as createHttpServer, type RequestListener, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import { connect, createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Test servers for the probe. Every one listens on 127.0.0.1 and nowhere else. */
export const LOOPBACK = "127.0.0.1";

export function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface Certificate {
  key: string;
  cert: string;
  certFile: string;
}

/** A self-signed certificate made now, for app.test and 127.0.0.1, valid for a day. */
export function selfSignedCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), "cflint-probe-"));
  const keyFile = join(dir, "key.pem");
  const certFile = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", keyFile, "-out", certFile,
      "-days", "1", "-subj", "/CN=app.test", "-addext", "subjectAltName=DNS:app.test,IP:127.0.0.1"],
    { stdio: "ignore" },
  );
  return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(certFile, "utf8"), certFile };
}

export async function listen(server: NetServer): Promise<number> {
  await new Promise<void>((done) => server.listen(0, LOOPBACK, done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Stops a server and drops the connections it still holds (the slow ones never end by themselves). */
export async function stop(server: NetServer, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((done) => server.close(() => done()));
}

export function trackSockets(server: NetServer): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return sockets;
}

/** A port nothing listens on: one the system just handed out and took back. */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  const port = await listen(server);
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export function httpServer(handler: RequestListener): HttpServer {
  return createHttpServer(handler);
}

export function httpsServer(certificate: Certificate, handler: RequestListener): HttpsServer {
  return createHttpsServer({ key: certificate.key, cert: certificate.cert }, handler);
}

/**
 * A front for the HTTPS server on `innerPort` that, like nginx with ssl_reject_handshake,
 * answers a ClientHello without a server name with the TLS alert unrecognized_name, and
 * passes every other connection through.
 */
export function sniRequiredServer(innerPort: number): NetServer {
  return createNetServer((socket) => {
    let hello = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      hello = Buffer.concat([hello, chunk]);
      const sni = hasServerName(hello);
      if (sni === undefined) return;
      socket.off("data", onData);
      if (!sni) {
        // A fatal alert record: level 2, description 112 (unrecognized_name).
        socket.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x70]));
        return;
      }
      const upstream = connect(innerPort, LOOPBACK, () => {
        upstream.write(hello);
        socket.pipe(upstream).pipe(socket);
      });
      upstream.on("error", () => socket.destroy());
      socket.on("close", () => upstream.destroy());
    };
    socket.on("data", onData);
    socket.on("error", () => socket.destroy());
  });
}

/** Whether a TLS ClientHello carries the server_name extension; undefined until it has all arrived. */
function hasServerName(record: Buffer): boolean | undefined {
  if (record.length < 5 || record.length < 5 + record.readUInt16BE(3)) return undefined;
  let at = 5 + 4 + 2 + 32; // record header, handshake header, version, random
  at += 1 + record[at]!; // session id
  at += 2 + record.readUInt16BE(at); // cipher suites
  at += 1 + record[at]!; // compression methods
  const end = at + 2 + record.readUInt16BE(at);
  for (at += 2; at + 4 <= end; at += 4 + record.readUInt16BE(at + 2)) {
    if (record.readUInt16BE(at) === 0) return true;
  }
  return false;
}
