import { hostKind } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "pool/origin-address-format",
  kinds: ["pool"],
  severity: "error",
  predicts: "1002",
  description: "An origin address must be a bare IPv4 or IPv6 address or hostname: no scheme, port, path or brackets",
  check(pool, ctx) {
    (pool.origins ?? []).forEach((origin, i) => {
      const address = origin.address;
      if (typeof address !== "string" || hostKind(address)) return;
      const at = `/origins/${i}/address`;
      const host = hostIn(address);
      // A URL or padded text names one host: that host is the one repair. A port beside a bare
      // host is information the field cannot hold: dropping it is the user's call.
      const certain = host !== undefined && (address.trim() !== address || /^[a-z][a-z0-9+.-]*:\/\//i.test(address) || host === address.replace(/^\[|\]$/g, ""));
      ctx.report({
        at,
        message: `origin address ${JSON.stringify(address)} is not an IP address or hostname: ${repair(address)}`,
        ...(host === undefined
          ? {}
          : certain
            ? { fix: { op: "replace", at, value: host } }
            : { suggestions: [{ desc: `write "${host}"`, fix: { op: "replace", at, value: host } }] }),
      });
    });
  },
});

/** What is wrong with an address that is neither an IP nor a hostname, and the fix. */
function repair(address: string): string {
  if (address.trim() === "") return "give the origin's IP address or public hostname";
  if (address.trim() !== address) return `remove the surrounding spaces: "${address.trim()}"`;
  const withoutScheme = /^[a-z][a-z0-9+.-]*:\/\/(.*)$/i.exec(address)?.[1];
  if (withoutScheme !== undefined) {
    const host = hostOf(withoutScheme);
    return host ? `drop the scheme and anything after the host: "${host}"` : "drop the scheme; the field takes only a host";
  }
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)?.[1];
  if (bracketed !== undefined && hostKind(bracketed) === "ipv6")
    return `write the IPv6 address without brackets or port: "${bracketed}" (set a port in "port")`;
  const host = hostOf(address);
  if (host && host !== address)
    return `give only the host, "${host}"; a port goes in the origin's "port" field and a path in the monitor's "path"`;
  if (/^[\d.]+$/.test(address)) return "an IPv4 address is four numbers from 0 to 255, without leading zeros";
  if (address.startsWith(".") || address.includes(".."))
    return "a hostname must not have an empty label (a leading dot or two dots in a row)";
  return "use a dotted IPv4 address, an IPv6 address, or a hostname of letters, digits and hyphens";
}

/** The one host an address that is not one names (a URL, a padded name, a bracketed IPv6), if it names one. */
function hostIn(address: string): string | undefined {
  if (address.trim() === "") return undefined;
  if (address.trim() !== address) return hostKind(address.trim()) ? address.trim() : undefined;
  const withoutScheme = /^[a-z][a-z0-9+.-]*:\/\/(.*)$/i.exec(address)?.[1];
  if (withoutScheme !== undefined) return hostOf(withoutScheme);
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)?.[1];
  if (bracketed !== undefined) return hostKind(bracketed) === "ipv6" ? bracketed : undefined;
  const host = hostOf(address);
  return host !== address ? host : undefined;
}

/** The host part of `host:port/path`, when it is a valid IPv4 address or hostname. */
function hostOf(text: string): string | undefined {
  const host = text.split(/[/?#]/)[0]!.replace(/:\d*$/, "");
  const kind = hostKind(host);
  return kind === "ipv4" || kind === "hostname" ? host : undefined;
}
