import ipaddr from "ipaddr.js";

/**
 * Parsing of the address forms the Load Balancing and Spectrum APIs accept. Every problem
 * carries the offset and length of the offending part of the string, so a message can point
 * into it, and where one repair is obvious, the repaired string.
 */

export interface PortRange {
  start: number;
  end: number;
}

export interface AddressProblem {
  message: string;
  offset: number;
  length: number;
  /** The whole value, repaired, when there is exactly one right repair. */
  suggestion?: string;
}

export type HostKind = "ipv4" | "ipv6" | "hostname";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: AddressProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string, offset: number, length: number, suggestion?: string): Parsed<T> => ({
  ok: false,
  problem: { message, offset, length, ...(suggestion === undefined ? {} : { suggestion }) },
});

export function portCount(range: PortRange): number {
  return range.end - range.start + 1;
}

function isPort(port: number): boolean {
  return port >= 1 && port <= 65535;
}

/** `N` or `N-M`, each 1..65535 and N ≤ M. */
export function parsePortSpec(text: string, offset = 0): Parsed<PortRange> {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!match) return fail(`"${text}" is not a port or a port range (N or N-M)`, offset, text.length);
  const first = match[1]!;
  const last = match[2];
  const start = Number(first);
  const end = last === undefined ? start : Number(last);
  if (!isPort(start)) return fail(`port ${first} is outside 1-65535`, offset, first.length);
  if (last !== undefined && !isPort(end)) return fail(`port ${last} is outside 1-65535`, offset + text.length - last.length, last.length);
  if (end < start) return fail(`port range ${text} ends before it starts`, offset, text.length);
  return ok({ start, end });
}

/**
 * A dotted quad of decimal numbers 0-255 without leading zeros: what ipaddr.js calls a valid
 * four-part decimal, matched by one expression because its parser costs more than the rest of
 * a run over many addresses (and throws an Error for every string that is not one).
 */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** A dotted quad starts with a digit: names, most of what is asked about, are settled without the expression. */
export function isIPv4(text: string): boolean {
  return startsWithDigit(text) && IPV4.test(text);
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A hostname never holds a colon; only strings that do are worth handing to ipaddr.js. */
export function isIPv6(text: string): boolean {
  return text.includes(":") && ipaddr.IPv6.isValid(text);
}

export function hostKind(host: string): HostKind | undefined {
  if (isIPv4(host)) return "ipv4";
  if (isIPv6(host)) return "ipv6";
  if (isHostname(host)) return "hostname";
  return undefined;
}

/**
 * Labels of letters, digits, hyphens (and underscores, which DNS records use), not starting or
 * ending with a hyphen. Their 63-character limit is checked apart (LONG_LABEL): bounding each
 * label here ({0,61}) makes irregexp's matching cost 1.6 times as many instructions.
 */
const HOSTNAME = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*\.?$/i;

/** A label over 63 characters, in a name HOSTNAME took; none fits in a shorter name. */
const LONG_LABEL = /[^.]{64}/;

/** A DNS name, at most 253 characters without its trailing dot. */
export function isHostname(name: string): boolean {
  const length = name.endsWith(".") ? name.length - 1 : name.length;
  return (
    length > 0 &&
    length <= 253 &&
    HOSTNAME.test(name) &&
    (length <= 63 || !LONG_LABEL.test(name)) &&
    // All-numeric dotted names are malformed IPv4 addresses, not names.
    !(startsWithDigit(name) && /^[0-9.]+$/.test(name))
  );
}

/**
 * A Spectrum `origin_port`: an integer, or a string `"start-end"` (a string holding one port
 * is read the same way). Offsets are into the string form.
 */
export function parseOriginPort(value: number | string): Parsed<PortRange> {
  if (typeof value === "string") return parsePortSpec(value);
  if (!Number.isInteger(value) || !isPort(value))
    return fail(`port ${value} is outside 1-65535`, 0, String(value).length);
  return ok({ start: value, end: value });
}

/**
 * Whether an origin port range cannot map onto the edge ports: edge port N+k goes to origin
 * port M+k, so a range must hold as many ports as the edge. A single origin port is left alone:
 * the documentation only constrains ranges.
 */
export function rangeLengthDiffers(edge: PortRange, origin: PortRange): boolean {
  return portCount(origin) > 1 && portCount(origin) !== portCount(edge);
}

/** How to repair an origin range that does not fit the edge ports, starting where it starts now. */
export function fittingPorts(edge: PortRange, originStart: number): string {
  const count = portCount(edge);
  if (count === 1) return `a single edge port goes to a single origin port: use ${originStart}`;
  const end = originStart + count - 1;
  const range = end <= 65535 ? ` (${originStart}-${end})` : "";
  return `each edge port goes to the origin port at the same offset, so give ${count} ports${range} or a single port`;
}

/** `N` or `N-M`, as written. */
export function formatPorts(range: PortRange): string {
  return range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
}

export type Transport = "tcp" | "udp";

/** The protocols below Enterprise, which the API also reports by name (`"protocol": "rdp"`). */
export type SelectedProtocol = "ssh" | "minecraft" | "rdp";

export const SELECTED_PROTOCOL_PORTS: Readonly<Record<SelectedProtocol, number>> = { ssh: 22, minecraft: 25565, rdp: 3389 };

export interface Protocol {
  transport: Transport;
  ports: PortRange;
  /** Set when the protocol is one of the selected protocols, by name or by its TCP port. */
  selected?: SelectedProtocol;
}

/** A Spectrum `protocol`: `tcp/22`, `udp/53`, `tcp/1000-2000`, or a selected protocol's name (`ssh`). */
export function parseProtocol(text: string): Parsed<Protocol> {
  if (Object.hasOwn(SELECTED_PROTOCOL_PORTS, text)) {
    const selected = text as SelectedProtocol;
    const port = SELECTED_PROTOCOL_PORTS[selected];
    return ok({ transport: "tcp", ports: { start: port, end: port }, selected });
  }
  const slash = text.indexOf("/");
  if (slash < 0) return fail("expected <tcp|udp>/<port or range>, e.g. tcp/22", 0, text.length);
  const transport = text.slice(0, slash);
  if (transport !== "tcp" && transport !== "udp")
    return fail(`"${transport}" is not a transport: use tcp or udp`, 0, transport.length);
  const ports = parsePortSpec(text.slice(slash + 1), slash + 1);
  if (!ports.ok) return ports;
  const { start, end } = ports.value;
  const selected =
    transport === "tcp" && start === end
      ? (Object.keys(SELECTED_PROTOCOL_PORTS) as SelectedProtocol[]).find((name) => SELECTED_PROTOCOL_PORTS[name] === start)
      : undefined;
  return ok({ transport, ports: ports.value, ...(selected ? { selected } : {}) });
}

export interface OriginUri {
  scheme: Transport;
  host: string;
  hostKind: HostKind;
  ports: PortRange;
}

/**
 * A Spectrum `origin_direct` entry: `tcp://192.0.2.1:22`, `udp://192.0.2.1:53`,
 * `tcp://[2001:db8::1]:443`, `tcp://192.0.2.1:3000-4000`.
 */
export function parseOriginUri(text: string): Parsed<OriginUri> {
  const sep = text.indexOf("://");
  if (sep < 0) {
    const guess = text.startsWith("[") || hostKind(text.replace(/:[\d-]+$/, "")) ? `tcp://${text}` : undefined;
    return fail(`"${text}" has no scheme: write it as tcp://<ip>:<port> or udp://<ip>:<port>`, 0, text.length, guess);
  }
  const scheme = text.slice(0, sep);
  if (scheme !== "tcp" && scheme !== "udp")
    return fail(`unknown scheme "${scheme}://": use tcp:// or udp://`, 0, sep + 3);
  const start = sep + 3;
  const rest = text.slice(start);

  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return fail(`"[" opens an IPv6 address that is never closed with "]"`, start, rest.length);
    const host = rest.slice(1, close);
    if (!isIPv6(host)) return fail(`"${host}" in brackets is not a valid IPv6 address`, start + 1, host.length);
    const after = rest.slice(close + 1);
    if (!after.startsWith(":") || after.length === 1)
      return fail(`the address needs a port after "]", e.g. ${scheme}://[${host}]:443`, start + close + 1, after.length);
    const ports = parsePortSpec(after.slice(1), start + close + 2);
    return ports.ok ? ok({ scheme, host, hostKind: "ipv6", ports: ports.value }) : ports;
  }

  const firstColon = rest.indexOf(":");
  if (firstColon !== rest.lastIndexOf(":")) {
    // More than one colon outside brackets: an IPv6 address, with or without a port after it.
    const last = rest.lastIndexOf(":");
    const head = rest.slice(0, last);
    const tail = rest.slice(last + 1);
    const fix = isIPv6(head) && parsePortSpec(tail).ok ? `${scheme}://[${head}]:${tail}` : undefined;
    if (fix) return fail(`IPv6 address needs brackets: ${fix}`, start, rest.length, fix);
    if (isIPv6(rest))
      return fail(`IPv6 address needs brackets and a port: ${scheme}://[${rest}]:<port>`, start, rest.length);
    return fail(`"${rest}" is not an address and port`, start, rest.length);
  }
  if (firstColon < 0 || firstColon === rest.length - 1)
    return fail(`the address needs a port, e.g. ${scheme}://${rest.replace(/:$/, "")}:443`, start, rest.length);

  const host = rest.slice(0, firstColon);
  const kind = hostKind(host);
  if (!kind || kind === "ipv6") return fail(`"${host}" is not a valid IPv4 address or hostname`, start, host.length);
  const ports = parsePortSpec(rest.slice(firstColon + 1), start + firstColon + 1);
  return ports.ok ? ok({ scheme, host, hostKind: kind, ports: ports.value }) : ports;
}

/** A UUID in its usual 8-4-4-4-12 hexadecimal form, as virtual network ids are written. */
export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/** A Host header's name, without the port it may carry ("app.example.com:8443", "[2001:db8::1]:8443"). */
export function hostHeaderName(host: string): string {
  const bracketed = /^\[(.*)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1]!;
  return hostKind(host) === "ipv6" ? host : host.replace(/:\d+$/, "");
}

/** A host name in the form names are compared in: lower case, without a trailing dot. */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/** The zone (of `zones`) that holds `name`: the longest one it equals or ends with. */
export function zoneOf(name: string, zones: readonly string[]): string | undefined {
  const host = normalizeName(name);
  let best: string | undefined;
  for (const zone of zones.map(normalizeName)) {
    if ((host === zone || host.endsWith(`.${zone}`)) && zone.length > (best?.length ?? -1)) best = zone;
  }
  return best;
}
