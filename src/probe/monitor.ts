import { parseExpectedCodes, type ExpectedCodes } from "../http/expected-codes.js";
import { expectedCodesOf } from "../http/monitor.js";

/** The monitor types the probe can run the way Cloudflare does. */
export const PROBE_TYPES = ["http", "https", "tcp"] as const;
export type ProbeType = (typeof PROBE_TYPES)[number];

/** A monitor with every default filled in (the API's defaults, S24). */
export interface MonitorSettings {
  type: ProbeType;
  method: string;
  path: string;
  port: number;
  /** Request headers other than Host; each name with all its values. */
  headers: Record<string, string[]>;
  /** The monitor's Host header, if it sets one. */
  host?: string;
  timeoutSeconds: number;
  retries: number;
  expectedCodesText: string;
  expectedCodes: ExpectedCodes;
  expectedBody?: string;
  followRedirects: boolean;
  allowInsecure: boolean;
}

export type Settled<T> = { ok: true; value: T } | { ok: false; message: string };

const DEFAULT_PORT: Record<ProbeType, number | undefined> = { http: 80, https: 443, tcp: undefined };

/**
 * Reads a monitor that has passed schema validation (types are right, values unchecked) into
 * the settings a probe runs with, or says why it cannot be probed.
 */
export function monitorSettings(monitor: Record<string, unknown>): Settled<MonitorSettings> {
  const type = (monitor.type as string | undefined) ?? "http";
  if (!(PROBE_TYPES as readonly string[]).includes(type))
    return { ok: false, message: `cflint probe runs http, https and tcp monitors, not "${type}"` };
  const probeType = type as ProbeType;

  const port = (monitor.port as number | null | undefined) || DEFAULT_PORT[probeType];
  if (port === undefined) return { ok: false, message: `a tcp monitor needs a port; this one has none` };

  const timeoutSeconds = (monitor.timeout as number | undefined) ?? 5;
  if (timeoutSeconds < 1) return { ok: false, message: `timeout ${timeoutSeconds} leaves no time for a health check` };

  const expectedCodesText = expectedCodesOf(monitor);
  const codes = parseExpectedCodes(expectedCodesText);
  if (probeType !== "tcp" && !codes.ok) return { ok: false, message: `expected_codes ${codes.message}` };

  const headers: Record<string, string[]> = {};
  let host: string | undefined;
  for (const [name, values] of Object.entries((monitor.header as Record<string, string[]> | undefined) ?? {})) {
    // Header names are case-insensitive; Cloudflare sends its own User-Agent whatever the monitor says.
    const lower = name.toLowerCase();
    if (lower === "host") host = values[0];
    else if (lower !== "user-agent" && values.length > 0) headers[name] = values;
  }

  const expectedBody = monitor.expected_body as string | undefined;
  return {
    ok: true,
    value: {
      type: probeType,
      method: (monitor.method as string | undefined) ?? "GET",
      path: (monitor.path as string | undefined) || "/",
      port,
      headers,
      ...(host ? { host } : {}),
      timeoutSeconds,
      retries: (monitor.retries as number | undefined) ?? 2,
      expectedCodesText,
      // Only http and https monitors read expected_codes, so a tcp monitor's may be anything.
      expectedCodes: codes.ok ? codes.value : { items: [], accepts: () => false },
      ...(expectedBody ? { expectedBody } : {}),
      followRedirects: monitor.follow_redirects === true,
      allowInsecure: monitor.allow_insecure === true,
    },
  };
}
