import { relative } from "node:path";
import { createColors } from "picocolors";
import type { ProbeResult } from "./index.js";
import type { MonitorSettings } from "./monitor.js";
import type { Hop } from "./outcome.js";

export const PROBE_FORMATS = ["stylish", "json"] as const;
export type ProbeFormat = (typeof PROBE_FORMATS)[number];

export interface ProbeReport {
  /** Absolute; stylish output shows it relative to cwd. */
  filePath: string;
  cwd: string;
  monitorPointer: string;
  monitor: MonitorSettings;
  /** The pool whose origins were probed; absent with --origin. */
  poolPointer?: string;
  results: ProbeResult[];
}

export function formatProbe(report: ProbeReport, format: ProbeFormat, color: boolean): string {
  return format === "json" ? `${JSON.stringify(toJson(report), null, 2)}\n` : formatStylish(report, color);
}

function count(results: readonly ProbeResult[], status: ProbeResult["verdict"]["status"]): number {
  return results.filter((r) => r.verdict.status === status).length;
}

function toJson({ filePath, monitorPointer, monitor, poolPointer, results }: ProbeReport) {
  return {
    filePath,
    monitor: {
      pointer: monitorPointer,
      type: monitor.type,
      ...(monitor.type === "tcp"
        ? { port: monitor.port }
        : {
            method: monitor.method,
            path: monitor.path,
            port: monitor.port,
            host: monitor.host ?? null,
            expected_codes: monitor.expectedCodesText,
            expected_body: monitor.expectedBody ?? null,
            follow_redirects: monitor.followRedirects,
            allow_insecure: monitor.allowInsecure,
          }),
      timeout: monitor.timeoutSeconds,
      retries: monitor.retries,
    },
    pool: poolPointer ?? null,
    results: results.map(({ target, verdict, attempts, hops }) => ({
      origin: {
        name: target.label,
        pointer: target.pointer ?? null,
        address: target.address,
        port: target.port ?? monitor.port,
        host: target.host ?? null,
      },
      status: verdict.status,
      reason: verdict.status === "unhealthy" ? verdict.reason : null,
      message: verdict.message,
      attempts,
      hops,
    })),
    healthyCount: count(results, "healthy"),
    unhealthyCount: count(results, "unhealthy"),
    inconclusiveCount: count(results, "inconclusive"),
  };
}

function formatStylish({ filePath, cwd, monitorPointer, monitor, results }: ProbeReport, color: boolean): string {
  const c = createColors(color);
  let out = `\n${c.underline(relative(cwd, filePath))}  monitor ${monitorPointer || "(the whole file)"}: ${describeMonitor(monitor)}\n`;
  for (const { target, verdict, hops } of results) {
    const where = `${target.address.includes(":") ? `[${target.address}]` : target.address}:${target.port ?? monitor.port}`;
    const name = target.pointer === undefined ? where : `${target.label} (${target.pointer})  ${where}`;
    out += `\n  ${c.bold(name)}${target.host === undefined ? "" : `  origin Host: ${target.host}`}\n`;
    const mark =
      verdict.status === "healthy"
        ? c.green("✔ healthy")
        : verdict.status === "unhealthy"
          ? `${c.red("✖ unhealthy")}  ${c.bold(verdict.reason)}`
          : c.yellow("? inconclusive");
    out += `    ${mark}  ${verdict.message}\n`;
    for (const hop of hops) out += formatHop(hop, c.dim);
  }
  const unhealthy = count(results, "unhealthy");
  const inconclusive = count(results, "inconclusive");
  const total = results.length;
  const summary =
    unhealthy > 0
      ? c.red(c.bold(`✖ ${unhealthy} of ${plural(total, "origin")} unhealthy`))
      : inconclusive > 0
        ? c.yellow(c.bold(`? ${inconclusive} of ${plural(total, "origin")} inconclusive`))
        : c.green(c.bold(`✔ ${total === 1 ? "the origin is" : `all ${total} origins are`} healthy`));
  return `${out}\n${summary}\n`;
}

function formatHop(hop: Hop, dim: (text: string) => string): string {
  let out = `      ${hop.url}${hop.host === undefined ? "" : `  Host: ${hop.host}`}\n`;
  const line = (phase: string, ms: number, detail: string) => `        ${phase.padEnd(4)}  ${dim(`${ms} ms`.padStart(7))}  ${detail}\n`;
  if (hop.dns) out += line("dns", hop.dns.ms, `${hop.dns.name} → ${hop.dns.addresses.join(", ") || "no address"}`);
  if (hop.tcp) out += line("tcp", hop.tcp.ms, hop.tcp.remote);
  if (hop.tls) {
    const { protocol, servername, certificate } = hop.tls;
    const parts = [protocol ?? "no TLS session", servername === null ? "no SNI" : `SNI ${servername}`];
    if (certificate)
      parts.push(
        `certificate ${certificate.subject} (${certificate.names.join(", ")}) issued by ${certificate.issuer}, valid until ${certificate.validTo}`,
      );
    out += line("tls", hop.tls.ms, parts.join(", "));
  }
  if (hop.http) {
    const { status, statusText, location, bodyBytes } = hop.http;
    let detail = `${status} ${statusText}`.trim();
    if (location !== undefined) detail += ` → ${location}`;
    if (bodyBytes !== undefined) detail += `, ${bodyBytes} body bytes read`;
    out += line("http", hop.http.ms, detail);
  }
  return out;
}

function describeMonitor(m: MonitorSettings): string {
  const retries = `timeout ${m.timeoutSeconds} s, ${plural(m.retries, "retry", "retries")}`;
  if (m.type === "tcp") return `tcp port ${m.port}, ${retries}`;
  const parts = [`${m.type} ${m.method} ${m.path} port ${m.port}`];
  if (m.host !== undefined) parts.push(`Host ${m.host}`);
  parts.push(`expected_codes "${m.expectedCodesText}"`);
  if (m.expectedBody !== undefined) parts.push(`expected_body "${m.expectedBody}"`);
  if (m.followRedirects) parts.push("follows redirects");
  if (m.allowInsecure) parts.push("allow_insecure");
  return `${parts.join(", ")}, ${retries}`;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
