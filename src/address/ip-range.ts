import ipaddr from "ipaddr.js";
import { isIPv4, isIPv6 } from "./index.js";

/** Address ranges that are not reachable from the public Internet. */
export type NonPublicRange = "private" | "loopback" | "link-local" | "unique-local" | "carrier-grade NAT" | "unspecified" | "this-network";

// ipaddr.js range names -> ours. Its "reserved" (which includes the documentation ranges
// 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32) is deliberately absent:
// examples and tests use those ranges as stand-ins for public addresses.
const RANGES: Record<string, NonPublicRange> = {
  private: "private",
  loopback: "loopback",
  linkLocal: "link-local",
  uniqueLocal: "unique-local",
  carrierGradeNat: "carrier-grade NAT",
  unspecified: "unspecified",
};

/**
 * The non-public range an IP literal falls in, or undefined for a public address, a
 * documentation address, or anything that is not an IP literal. IPv4-mapped IPv6 addresses
 * (::ffff:10.0.0.1) are judged by the IPv4 address they carry.
 */
export function nonPublicRange(address: string): NonPublicRange | undefined {
  if (isIPv4(address)) {
    const range = RANGES[ipv4Of(address).range()];
    // ipaddr.js calls all of 0.0.0.0/8 unspecified; only 0.0.0.0 is, the rest is "this network" (RFC 1122).
    return range === "unspecified" && address !== "0.0.0.0" ? "this-network" : range;
  }
  if (!isIPv6(address)) return undefined;
  const parsed = ipaddr.IPv6.parse(address);
  return RANGES[(parsed.isIPv4MappedAddress() ? parsed.toIPv4Address() : parsed).range()];
}

/** A dotted quad that isIPv4 accepted, without ipaddr.js's general (and slow) parser. */
function ipv4Of(address: string): ipaddr.IPv4 {
  return new ipaddr.IPv4(address.split(".").map(Number));
}

/** The canonical text of an IP literal (so 2001:DB8:0::1 and 2001:db8::1 compare equal), or undefined. */
export function normalizeIp(address: string): string | undefined {
  // isIPv4 accepts only the canonical form (no leading zeros), which is its own normal form.
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return ipaddr.IPv6.parse(address).toNormalizedString();
  return undefined;
}
