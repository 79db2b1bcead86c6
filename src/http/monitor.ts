import { escapeSegment } from "../parse/pointer.js";
import { DEFAULT_EXPECTED_CODES } from "./expected-codes.js";
import type { Monitor } from "../schema/types.js";

/**
 * How the API reads a monitor: the defaults it fills in and the fields that only HTTP probes
 * use. Rules get unvalidated values in range and enum, so every reader guards its types.
 */

type MonitorValue = Partial<Monitor> & Record<string, unknown>;

export type MonitorType = NonNullable<Monitor["type"]>;
const MONITOR_TYPES: readonly string[] = ["http", "https", "tcp", "udp_icmp", "icmp_ping", "smtp"] satisfies MonitorType[];

/**
 * `type` defaults to http in the API. Undefined for a value the API does not know: that is
 * monitor/schema's finding, and no other rule can tell what such a monitor does.
 */
export function monitorType(monitor: MonitorValue): MonitorType | undefined {
  if (monitor.type === undefined) return "http";
  return MONITOR_TYPES.includes(monitor.type) ? monitor.type : undefined;
}

export function isHttpMonitor(monitor: MonitorValue): boolean {
  const type = monitorType(monitor);
  return type === "http" || type === "https";
}

/** `method` defaults to GET for http/https and to connection_established for tcp. */
export function monitorMethod(monitor: MonitorValue): string {
  if (typeof monitor.method === "string" && monitor.method !== "") return monitor.method;
  return monitorType(monitor) === "tcp" ? "connection_established" : "GET";
}

/** The port the probe connects to: 0 and null mean the protocol's default. */
export function explicitPort(monitor: MonitorValue): number | undefined {
  return typeof monitor.port === "number" && monitor.port !== 0 ? monitor.port : undefined;
}

export interface HeaderValue {
  /** Pointer of the value, relative to the object holding `header`. */
  at: string;
  value: string;
}

/**
 * Every value of header `name` in a `header` object (name → list of values). Header names are
 * case-insensitive in HTTP, so `Host` and `host` are the same header.
 */
export function headerValues(header: unknown, name: string): HeaderValue[] {
  const found: HeaderValue[] = [];
  visitHeaderValues(header, name, (value, key, index) => {
    found.push({ at: headerPointer(key, index), value });
  });
  return found;
}

/** Where a header value is, as headerValues gives it. */
export interface HeaderValuePlace {
  value: string;
  /** The header's name as written. */
  key: string;
  /** The value's index in the header's list. */
  index: number;
}

/** headerValues(header, name)[0], with no pointer written: over many origins only a few are ever reported. */
export function firstHeaderValue(header: unknown, name: string): HeaderValuePlace | undefined {
  let first: HeaderValuePlace | undefined;
  visitHeaderValues(header, name, (value, key, index) => {
    first = { value, key, index };
    return true;
  });
  return first;
}

/** The pointer of a header value, relative to the object holding `header`. */
export function headerPointer(key: string, index: number): string {
  return `/header/${escapeSegment(key)}/${index}`;
}

/** Calls `visit` with each value of header `name`, in order, until it returns true. */
function visitHeaderValues(header: unknown, name: string, visit: (value: string, key: string, index: number) => boolean | void): void {
  if (header === null || typeof header !== "object" || Array.isArray(header)) return;
  let wanted: string | undefined;
  for (const key in header) {
    // Headers are mostly written as asked for ("Host"): lowered only when they are not.
    if (key !== name && key.toLowerCase() !== (wanted ??= name.toLowerCase())) continue;
    if (!Object.hasOwn(header, key)) continue;
    const values: unknown = (header as Record<string, unknown>)[key];
    if (!Array.isArray(values)) continue;
    for (let i = 0; i < values.length; i++) {
      const value: unknown = values[i];
      if (typeof value === "string" && visit(value, key, i) === true) return;
    }
  }
}

/** `expected_codes` as the API applies it: absent or empty (how API responses write unset) means "200". */
export function expectedCodesOf(monitor: MonitorValue): string {
  const codes = monitor.expected_codes;
  return typeof codes === "string" && codes !== "" ? codes : DEFAULT_EXPECTED_CODES;
}

/** "a tcp monitor", "an smtp monitor": how messages name a monitor by its type. */
export function aMonitor(type: MonitorType): string {
  return `${["http", "https", "icmp_ping", "smtp"].includes(type) ? "an" : "a"} ${type} monitor`;
}
