import type { Socket } from "node:net";
import { checkServerIdentity, connect as tlsConnect, DEFAULT_CIPHERS, type PeerCertificate, type TLSSocket } from "node:tls";
import type { CertificateEvidence, Failure, PhaseResult, TlsEvidence } from "./outcome.js";

export interface HandshakeOptions {
  /** The SNI name to send: the Host header. Undefined sends none, as Cloudflare does without a Host header. */
  servername?: string;
  /** The name the certificate must cover: the Host header, or else the origin address. */
  verifyName: string;
  allowInsecure: boolean;
}

/** OpenSSL errors that mean the two sides do not speak the same TLS, or the port does not speak TLS. */
const PROTOCOL_ERRORS = new Set([
  "ERR_SSL_WRONG_VERSION_NUMBER",
  "ERR_SSL_PACKET_LENGTH_TOO_LONG",
  "ERR_SSL_UNKNOWN_PROTOCOL",
  "ERR_SSL_UNSUPPORTED_PROTOCOL",
  "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION",
  "ERR_SSL_RECORD_LAYER_FAILURE",
]);

const EXPIRY_ERRORS = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);

/**
 * Runs the TLS handshake over a connected socket, then judges the certificate the way a
 * client with the public trust store does, unless the monitor allows insecure certificates.
 */
export function handshake(socket: Socket, options: HandshakeOptions, deadline: number): Promise<PhaseResult<TLSSocket, TlsEvidence>> {
  const started = Date.now();
  const servername = options.servername ?? null;
  return new Promise((done) => {
    const tls = tlsConnect({
      socket,
      ...(options.servername ? { servername: options.servername } : {}),
      // The certificate is judged below, after the handshake, so the evidence can show it.
      rejectUnauthorized: false,
      // Cloudflare's health checks accept TLS 1.0 and newer; OpenSSL hides the older ones below security level 0.
      minVersion: "TLSv1",
      ciphers: `${DEFAULT_CIPHERS}:@SECLEVEL=0`,
    });
    const timer = setTimeout(() => {
      tls.destroy();
      done({
        ok: false,
        evidence: { ms: Date.now() - started, servername },
        failure: {
          reason: "HTTP timeout occurred",
          timedOut: true,
          message: "the TLS handshake did not finish within the monitor's timeout, so no HTTP response came. Check the origin's load, or raise the timeout",
        },
      });
    }, Math.max(0, deadline - Date.now()));
    tls.once("secureConnect", () => {
      clearTimeout(timer);
      const certificate = describeCertificate(tls.getPeerCertificate());
      const evidence: TlsEvidence = {
        ms: Date.now() - started,
        servername,
        ...(tls.getProtocol() ? { protocol: tls.getProtocol()! } : {}),
        ...(certificate ? { certificate } : {}),
      };
      const failure = options.allowInsecure ? undefined : judgeCertificate(tls, certificate, options.verifyName);
      if (failure) {
        tls.destroy();
        done({ ok: false, evidence, failure });
      } else done({ ok: true, value: tls, evidence });
    });
    tls.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      tls.destroy();
      done({ ok: false, evidence: { ms: Date.now() - started, servername }, failure: handshakeFailure(error, servername) });
    });
  });
}

/**
 * The order of the checks follows Go's crypto/x509, a common client: validity dates, then the
 * name, then the chain. A certificate with several problems is reported by the first.
 */
function judgeCertificate(tls: TLSSocket, certificate: CertificateEvidence | undefined, verifyName: string): Failure | undefined {
  const chainError = tls.authorizationError === null ? undefined : String(tls.authorizationError);
  const untrusted = (why: string): Failure => ({
    reason: "TLS untrusted certificate",
    message: `the certificate ${describeSubject(certificate)} is not trusted: ${why}. Install a certificate from a public certificate authority, or set "allow_insecure": true`,
  });
  if (chainError && EXPIRY_ERRORS.has(chainError))
    return untrusted(chainError === "CERT_HAS_EXPIRED" ? `it expired on ${certificate?.validTo}` : `it is valid only from ${certificate?.validFrom}`);
  const peer = tls.getPeerCertificate();
  if (checkServerIdentity(verifyName, peer) !== undefined) {
    const also = chainError ? ` (it is not trusted either: ${chainReason(chainError)})` : "";
    return {
      reason: "TLS name mismatch",
      message:
        `the certificate covers ${certificate?.names.map((n) => `"${n}"`).join(", ") || "no names"}, not "${verifyName}"${also}. ` +
        `Set the Host header to a name the certificate covers, or reissue the certificate for "${verifyName}"`,
    };
  }
  if (chainError) return untrusted(chainReason(chainError));
  return undefined;
}

function chainReason(code: string): string {
  switch (code) {
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
      return "it is self-signed";
    case "SELF_SIGNED_CERT_IN_CHAIN":
      return "its chain ends in a self-signed certificate that is not a public root";
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
    case "UNABLE_TO_GET_ISSUER_CERT":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
      return "its issuer is not a public certificate authority, or the origin does not send the intermediate certificates";
    default:
      return code;
  }
}

function handshakeFailure(error: NodeJS.ErrnoException, servername: string | null): Failure {
  const code = error.code ?? "";
  if (code === "ERR_SSL_TLSV1_UNRECOGNIZED_NAME")
    return {
      reason: "TLS unrecognized name",
      message:
        servername === null
          ? `the origin refused a handshake without a server name (no Host header, so no SNI was sent). Set "header": {"Host": ["<hostname>"]} on the monitor`
          : `the origin does not recognise the server name "${servername}". Set the Host header to a site the origin serves over TLS`,
    };
  if (PROTOCOL_ERRORS.has(code))
    return {
      reason: "TLS protocol error",
      message: `the origin did not answer in TLS 1.0 or newer (${describeSslError(error)}): the port may serve plain HTTP. Use the port that serves HTTPS, or an http monitor`,
    };
  return {
    reason: "TLS Handshake Failure",
    message: `the TLS handshake failed: ${code.startsWith("ERR_SSL") ? describeSslError(error) : error.message}`,
  };
}

/** OpenSSL's reason text ("wrong version number") without the library's file and line. */
function describeSslError(error: Error): string {
  return error.message.match(/:([^:]+):[^:]*\.c:\d+/)?.[1] ?? error.message;
}

function describeCertificate(peer: PeerCertificate): CertificateEvidence | undefined {
  if (!peer || Object.keys(peer).length === 0) return undefined;
  const altNames = (peer.subjectaltname ?? "")
    .split(", ")
    .filter(Boolean)
    .map((entry) => entry.replace(/^(DNS|IP Address):/, ""));
  const commonName = peer.subject?.CN;
  return {
    subject: distinguishedName(peer.subject),
    names: altNames.length > 0 ? altNames : typeof commonName === "string" ? [commonName] : [],
    issuer: distinguishedName(peer.issuer),
    validFrom: peer.valid_from,
    validTo: peer.valid_to,
  };
}

function distinguishedName(name: object | undefined): string {
  return Object.entries(name ?? {})
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join("+") : String(value)}`)
    .join(", ");
}

function describeSubject(certificate: CertificateEvidence | undefined): string {
  return certificate ? `"${certificate.subject}" issued by "${certificate.issuer}"` : "of the origin";
}
