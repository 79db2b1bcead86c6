/**
 * What one probe of one origin found: the verdict, and the evidence for it. A failure names
 * its reason exactly as Cloudflare's health checks report it (a key of the code catalog).
 */

/** One phase of a request, and how long it took. */
export interface DnsEvidence {
  ms: number;
  name: string;
  addresses: string[];
}

export interface TcpEvidence {
  ms: number;
  remote: string;
}

export interface CertificateEvidence {
  subject: string;
  /** The names the certificate covers: its subjectAltName entries, or its CN when it has none. */
  names: string[];
  issuer: string;
  validFrom: string;
  validTo: string;
}

export interface TlsEvidence {
  ms: number;
  /** The SNI name sent, or null when none was. */
  servername: string | null;
  protocol?: string;
  certificate?: CertificateEvidence;
}

export interface HttpEvidence {
  ms: number;
  status: number;
  statusText: string;
  location?: string;
  /** Body bytes read, when the body was read (only for expected_body, and never more than the limit). */
  bodyBytes?: number;
}

/** One request: the first, or one that followed a redirect. */
export interface Hop {
  url: string;
  /** The Host header sent (http/https monitors). */
  host?: string;
  dns?: DnsEvidence;
  tcp?: TcpEvidence;
  tls?: TlsEvidence;
  http?: HttpEvidence;
}

/** A health-check failure reason from the catalog, with what led to it. */
export interface Failure {
  reason: FailureReason;
  message: string;
  /** A timeout: Cloudflare retries these immediately, up to the monitor's `retries`. */
  timedOut?: boolean;
}

/** cflint could not tell: a local resolver problem, or a limit of cflint's own. */
export interface Inconclusive {
  message: string;
}

/** The failure reasons a probe can name, each a key of the code catalog. */
export const FAILURE_REASONS = [
  "DNS Unknown Host",
  "DNS Internal",
  "TCP connection failed",
  "TCP Timeout",
  "No route to host",
  "Network Unreachable",
  "TLS protocol error",
  "TLS unrecognized name",
  "TLS Handshake Failure",
  "TLS untrusted certificate",
  "TLS name mismatch",
  "HTTP timeout occurred",
  "HTTP Invalid Response",
  "Connection Reset by Peer",
  "Response code mismatch",
  "Response body mismatch",
] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

export type Verdict =
  | { status: "healthy"; message: string }
  | { status: "unhealthy"; reason: FailureReason; message: string }
  | { status: "inconclusive"; message: string };

/** A phase's result: its evidence and a value to go on with, or why the check stops here. */
export type PhaseResult<T, E, Stop = Failure | Inconclusive> =
  | { ok: true; value: T; evidence: E }
  | { ok: false; failure: Stop; evidence?: E };

export function isFailure(stop: Failure | Inconclusive): stop is Failure {
  return "reason" in stop;
}
