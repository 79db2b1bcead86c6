import { getDomain, parse } from "tldts";
import { normalizeName } from "./index.js";

/**
 * IANA special-use names (RFC 6761 and successors) that the Public Suffix List nevertheless
 * lists as ICANN suffixes; no public CA issues for them and public DNS does not resolve them.
 */
const SPECIAL_USE_LISTED = ["home.arpa", "onion"];

/**
 * How tldts reads a name already known to be a hostname (isHostname), lower case: as it is,
 * without looking for a URL around it, validating it again or testing it for an IP address,
 * which over tens of thousands of origins costs more than the suffix lookup itself.
 */
const HOSTNAME_INPUT = { allowPrivateDomains: false, extractHostname: false, validateHostname: false, detectIp: false };

/**
 * Why `name`, a hostname (isHostname), cannot be a publicly resolvable name with a publicly
 * trusted certificate, or undefined when it can be. Uses the Public Suffix List (tldts): a name
 * must end in an ICANN suffix and have a label of its own before it.
 */
export function nonPublicReason(name: string): string | undefined {
  const host = normalizeName(name);
  if (!host.includes(".")) return `"${host}" is a single-label name`;
  const special = SPECIAL_USE_LISTED.find((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  if (special) return `".${special}" is reserved for private use`;
  const parsed = parse(host, HOSTNAME_INPUT);
  if (!parsed.isIcann || !parsed.publicSuffix) return `".${parsed.publicSuffix ?? host.split(".").pop()}" is not a public top-level domain`;
  if (!parsed.domain) return `"${host}" is itself a public suffix`;
  return undefined;
}

/** The name's registrable domain (`www.example.co.uk` → `example.co.uk`), or undefined for a public suffix. */
export function registrableDomain(name: string): string | undefined {
  return getDomain(normalizeName(name), { allowPrivateDomains: false }) ?? undefined;
}
