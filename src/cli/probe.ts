import { readFile } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";
import { hostKind } from "../address/index.js";
import { extract, type Resource } from "../extract/index.js";
import { loadParsers, parseDocument } from "../parse/index.js";
import { formatProbe, type ProbeFormat } from "../probe/format.js";
import { monitorSettings, probe, type ProbeResult, type ProbeTarget } from "../probe/index.js";
import { parseOriginArgument } from "../probe/target.js";
import { validate } from "../schema/index.js";
import { EXIT, UsageError, useColor, writeStdout } from "./io.js";

export interface ProbeOptions {
  monitor?: string;
  origin?: string;
  pool?: string;
  format: ProbeFormat;
}

/** `cflint probe`: runs a monitor's health check against real origins. Exit 0 healthy, 1 a failure, 2 could not run. */
export async function probeCommand(file: string, options: ProbeOptions): Promise<number> {
  if (options.origin !== undefined && options.pool !== undefined)
    throw new UsageError("--origin and --pool exclude each other: probe one address, or the origins of one pool");
  const origin = options.origin === undefined ? undefined : parseOriginArgument(options.origin);
  if (origin && !origin.ok) throw new UsageError(origin.message);

  const resources = await readResources(file);
  const pool = origin ? undefined : choosePool(resources, options.pool, file);
  const monitor = chooseMonitor(resources, options.monitor, pool, file);

  const violation = validate("monitor", monitor.value)[0];
  if (violation)
    throw new UsageError(`the monitor at ${show(monitor.pointer)} is not valid: ${violation.message} (cflint check ${file} shows every problem)`);
  const settings = monitorSettings(monitor.value);
  if (!settings.ok) throw new UsageError(`the monitor at ${show(monitor.pointer)} cannot be probed: ${settings.message}`);

  const targets: ProbeTarget[] = origin?.ok
    ? [{ label: options.origin!, address: origin.value.address, ...(origin.value.port ? { port: origin.value.port } : {}), virtualNetwork: false }]
    : poolTargets(pool!);
  const results: ProbeResult[] = await Promise.all(
    targets.map((target) =>
      hostKind(target.address) === undefined
        ? { target, attempts: 0, hops: [], verdict: { status: "inconclusive", message: `address "${target.address}" is not an IP address or a hostname` } }
        : probe(settings.value, target),
    ),
  );

  writeStdout(
    formatProbe(
      { filePath: resolvePath(file), cwd: process.cwd(), monitorPointer: monitor.pointer, monitor: settings.value, ...(pool ? { poolPointer: pool.pointer } : {}), results },
      options.format,
      options.format === "stylish" && useColor(process.stdout),
    ),
  );
  if (results.some((r) => r.verdict.status === "unhealthy")) return EXIT.findings;
  if (results.some((r) => r.verdict.status === "inconclusive")) return EXIT.usage;
  return EXIT.clean;
}

async function readResources(file: string): Promise<Resource[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  await loadParsers([file]);
  const document = parseDocument(text, file);
  const syntax = document.problems.find((p) => p.kind === "syntax");
  if (document.value === undefined || syntax)
    throw new UsageError(`${file}:${syntax?.range.line ?? 1}:${syntax?.range.column ?? 1}: ${syntax?.message ?? "does not parse"}`);
  // Terraform's values (addresses, Host headers, the monitor a pool names) may be known only after apply.
  if (document.terraform) throw new UsageError(`${file}: cflint probe reads monitors and pools written as the API's JSON or YAML, not Terraform`);
  return extract(document.value).resources;
}

function choosePool(resources: Resource[], pointer: string | undefined, file: string): Resource {
  const pools = resources.filter((r) => r.kind === "pool");
  const pool = pick(pools, pointer, "pool", file, "give --origin ADDRESS[:PORT] to probe one address");
  if (pool.value.enabled === false)
    throw new UsageError(`the pool at ${show(pool.pointer)} is disabled, and Cloudflare does not health-check a disabled pool`);
  return pool;
}

/** --monitor, else the monitor the pool names by id, else the file's only monitor. */
function chooseMonitor(resources: Resource[], pointer: string | undefined, pool: Resource | undefined, file: string): Resource {
  const monitors = resources.filter((r) => r.kind === "monitor");
  if (pointer === undefined && pool && typeof pool.value.monitor === "string") {
    const named = monitors.find((m) => m.value.id === pool.value.monitor);
    if (named) return named;
  }
  return pick(monitors, pointer, "monitor", file, "");
}

function pick<R extends Resource>(found: R[], pointer: string | undefined, kind: string, file: string, otherwise: string): R {
  const places = found.map((r) => show(r.pointer)).join(", ");
  if (pointer !== undefined) {
    const at = found.find((r) => r.pointer === pointer);
    if (!at) throw new UsageError(`${file} has no ${kind} at ${show(pointer)}${found.length > 0 ? `; its ${kind}s are at ${places}` : ""}`);
    return at;
  }
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new UsageError(`${file} has no ${kind}${otherwise ? `: ${otherwise}` : ""}`);
  throw new UsageError(`${file} has ${found.length} ${kind}s (${places}); choose one with --${kind} <pointer>`);
}

function poolTargets(pool: Resource): ProbeTarget[] {
  const origins = Array.isArray(pool.value.origins) ? (pool.value.origins as unknown[]) : [];
  const targets: ProbeTarget[] = [];
  origins.forEach((origin, i) => {
    if (typeof origin !== "object" || origin === null) return;
    const o = origin as Record<string, unknown>;
    // Cloudflare does not probe a disabled origin.
    if (o.enabled === false || typeof o.address !== "string") return;
    const host = (o.header as { Host?: unknown } | undefined)?.Host;
    targets.push({
      label: typeof o.name === "string" ? o.name : o.address,
      pointer: `${pool.pointer}/origins/${i}`,
      address: o.address,
      ...(Array.isArray(host) && typeof host[0] === "string" ? { host: host[0] } : {}),
      virtualNetwork: typeof o.virtual_network_id === "string",
    });
  });
  if (targets.length === 0) throw new UsageError(`the pool at ${show(pool.pointer)} has no enabled origin with an address to probe`);
  return targets;
}

function show(pointer: string): string {
  return pointer === "" ? '"" (the whole file)' : pointer;
}
