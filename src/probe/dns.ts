import { lookup } from "node:dns/promises";
import { nonPublicRange } from "../address/ip-range.js";
import type { DnsEvidence, PhaseResult } from "./outcome.js";

/** getaddrinfo answers that mean the name has no address, as opposed to a resolver that failed. */
const NO_SUCH_NAME = new Set(["ENOTFOUND", "ENODATA", "EAI_NONAME", "EAI_NODATA"]);

/**
 * Resolves an origin hostname with this machine's resolver. A name that resolves only to
 * internal addresses is "DNS Internal": Cloudflare does not probe it unless the origin is on
 * a virtual network.
 */
export async function resolve(
  name: string,
  deadline: number,
  options: { virtualNetwork: boolean },
): Promise<PhaseResult<string[], DnsEvidence>> {
  const started = Date.now();
  const bare = name.replace(/\.$/, "").toLowerCase();
  // RFC 6761 section 6.4: resolvers answer names under .invalid negatively without asking anyone.
  if (bare === "invalid" || bare.endsWith(".invalid"))
    return unknownHost(name, { ms: 0, name, addresses: [] });

  // RFC 6761 section 6.3: localhost names are the loopback addresses, whatever DNS says.
  const isLocalhost = bare === "localhost" || bare.endsWith(".localhost");
  const answer = isLocalhost ? ["127.0.0.1", "::1"] : await systemLookup(name, bare, deadline, started);
  if (!Array.isArray(answer)) return answer;
  const addresses = answer;
  const evidence = { ms: Date.now() - started, name, addresses };
  if (!options.virtualNetwork && addresses.every((a) => nonPublicRange(a) !== undefined))
    return {
      ok: false,
      evidence,
      failure: {
        reason: "DNS Internal",
        message:
          `${quote(name)} resolves only to internal addresses (${addresses.join(", ")}), so Cloudflare runs no health check against it. ` +
          `Use a public address, or put the origin on a virtual network; to probe it from here anyway, give the IP address as --origin`,
      },
    };
  return { ok: true, value: addresses, evidence };
}

/** This machine's resolver (getaddrinfo, so /etc/hosts counts): the addresses, or why there are none. */
async function systemLookup(name: string, bare: string, deadline: number, started: number): Promise<string[] | PhaseResult<string[], DnsEvidence>> {
  try {
    const answer = await withDeadline(lookup(bare, { all: true }), deadline);
    if (answer === undefined)
      return { ok: false, failure: { message: `${quote(name)} did not resolve within the monitor's timeout on this machine; cflint cannot tell what Cloudflare's resolvers would answer` } };
    return answer.map((a) => a.address);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const evidence = { ms: Date.now() - started, name, addresses: [] };
    if (NO_SUCH_NAME.has(code)) return unknownHost(name, evidence);
    return {
      ok: false,
      evidence,
      failure: { message: `${quote(name)} could not be resolved on this machine (${code || String(error)}); cflint cannot tell what Cloudflare's resolvers would answer` },
    };
  }
}

function unknownHost(name: string, evidence: DnsEvidence): PhaseResult<string[], DnsEvidence> {
  return {
    ok: false,
    evidence,
    failure: { reason: "DNS Unknown Host", message: `${quote(name)} does not resolve to any address. Correct the origin address, or create its DNS record` },
  };
}

function quote(name: string): string {
  return `"${name}"`;
}

/** The promise's value, or undefined when the deadline passes first. */
export async function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((done) => (timer = setTimeout(done, Math.max(0, deadline - Date.now()), undefined)));
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
