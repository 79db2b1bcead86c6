import type { Located, Project } from "../engine/rule.js";
import { hostKind, isHostname } from "../address/index.js";
import { firstHeaderValue, headerPointer, monitorType, type HeaderValuePlace } from "./monitor.js";

/** A Host header value and where it is written. */
export interface HostSource {
  value: string;
  resource: Located;
  /** Pointer of the value, relative to `resource`. */
  at: string;
}

/** One origin a monitor probes, with the Host header the probe sends it. */
export interface ProbeTarget {
  pool: Located<"pool">;
  /** Pointer of the origin, relative to the pool. */
  at: string;
  /** The origin's name, else its address: how a message names it. */
  label: string;
  address: string | undefined;
  /** The origin's own Host wins over the monitor's; undefined when neither sets one. */
  host: HostSource | undefined;
}

export interface MonitorProbes {
  monitor: Located<"monitor">;
  /** The monitor's own Host (its first value), sent to every origin that has none. */
  monitorHost: HostSource | undefined;
  /** The origins of the linted pools that use this monitor; undefined when no pool does. */
  targets: ProbeTarget[] | undefined;
  /**
   * What a finding about these probes rests on (ProjectContext.report): the monitor, the pools
   * that use it, and any pool whose monitor, or whether it is enabled, is known only after apply.
   */
  restsOn: readonly Located[];
}

/**
 * Which Host header each probe of each monitor carries. A pool names its monitor by `id`; a
 * disabled pool or origin is not probed. With no pool in the lint set, the monitor's own Host
 * is all that is known.
 */
export function probesOf(monitors: readonly Located<"monitor">[], pools: readonly Located<"pool">[]): MonitorProbes[] {
  // Ids compare without case, as the rules about references compare them (Project.ids).
  const poolsByMonitor = new Map<string, Located<"pool">[]>();
  for (const pool of pools) {
    const monitor = pool.value.monitor;
    if (pool.value.enabled === false || typeof monitor !== "string") continue;
    const list = poolsByMonitor.get(monitor.toLowerCase());
    if (list) list.push(pool);
    else poolsByMonitor.set(monitor.toLowerCase(), [pool]);
  }
  // Such a pool may use any of the monitors.
  const maybeUsers = pools.filter((pool) => pool.unknown?.some((at) => at === "/monitor" || at === "/enabled"));
  return monitors.map((monitor) => {
    const own = firstHeaderValue(monitor.value.header, "Host");
    const monitorHost = own && new HostHeader(monitor, undefined, own);
    const id = monitor.value.id;
    const users = typeof id === "string" ? (poolsByMonitor.get(id.toLowerCase()) ?? []) : [];
    const restsOn = [monitor, ...users, ...maybeUsers];
    if (users.length === 0) return { monitor, monitorHost, targets: undefined, restsOn };
    const targets: ProbeTarget[] = [];
    for (const pool of users) {
      const origins: unknown[] = Array.isArray(pool.value.origins) ? pool.value.origins : [];
      for (let i = 0; i < origins.length; i++) {
        const origin = origins[i];
        if (origin === null || typeof origin !== "object" || Array.isArray(origin)) continue;
        const o = origin as Record<string, unknown>;
        if (o.enabled === false) continue;
        const originHost = firstHeaderValue(o.header, "Host");
        targets.push(new OriginTarget(pool, i, o, originHost ? new HostHeader(pool, i, originHost) : monitorHost));
      }
    }
    return { monitor, monitorHost, targets, restsOn };
  });
}

/*
 * A bundle's monitors probe tens of thousands of origins, of which a few are ever reported:
 * pointers and labels are written when a rule reads them, not for every probe.
 */

/** A Host header value, of a monitor or of one of a pool's origins. */
class HostHeader implements HostSource {
  readonly value: string;

  constructor(
    readonly resource: Located,
    /** The index of the origin that sets it; undefined for the monitor's own. */
    private readonly origin: number | undefined,
    private readonly place: HeaderValuePlace,
  ) {
    this.value = place.value;
  }

  get at(): string {
    const header = headerPointer(this.place.key, this.place.index);
    return this.origin === undefined ? header : `/origins/${this.origin}${header}`;
  }
}

class OriginTarget implements ProbeTarget {
  constructor(
    readonly pool: Located<"pool">,
    private readonly index: number,
    private readonly origin: Record<string, unknown>,
    readonly host: HostSource | undefined,
  ) {}

  get at(): string {
    return `/origins/${this.index}`;
  }

  get address(): string | undefined {
    return typeof this.origin.address === "string" ? this.origin.address : undefined;
  }

  get label(): string {
    const name = this.origin.name;
    return typeof name === "string" && name !== "" ? name : (this.address ?? `#${this.index}`);
  }
}

const probesByProject = new WeakMap<Project, readonly MonitorProbes[]>();

/**
 * probesOf for a project's HTTPS monitors, the probes whose Host becomes the TLS server name,
 * with the project's pools: worked out once for all the rules that ask in a run (they get the
 * same project) and dropped with the project. The result is shared: read only.
 */
export function httpsProbes(project: Project): readonly MonitorProbes[] {
  let probes = probesByProject.get(project);
  if (!probes) {
    const https = project.of("monitor").filter((monitor) => monitorType(monitor.value) === "https");
    probesByProject.set(project, (probes = probesOf(https, project.of("pool"))));
  }
  return probes;
}

/** How a message names a target: `origin "web-1" (192.0.2.10) of pool "eu"`. */
export function describeTarget(target: ProbeTarget): string {
  const address = target.address !== undefined && target.address !== target.label ? ` (${target.address})` : "";
  const poolName = typeof target.pool.value.name === "string" ? ` of pool "${target.pool.value.name}"` : "";
  return `origin "${target.label}"${address}${poolName}`;
}

/** Why a Host value cannot be a TLS server name (SNI), or undefined when it can. */
export type HostFlaw =
  | { kind: "blank" }
  | { kind: "ip" }
  | { kind: "not-a-name"; parts: string[]; suggestion: string | undefined };

export function hostFlaw(value: string): HostFlaw | undefined {
  // Most values are bare names: this settles them without the work below.
  if (isHostname(value)) return undefined;
  const host = value.trim();
  if (host === "") return { kind: "blank" };
  const bracketless = host.replace(/^\[(.*)\]$/, "$1");
  const kind = hostKind(bracketless);
  if (kind === "ipv4" || kind === "ipv6") return { kind: "ip" };
  if (kind === "hostname" && host === value) return undefined;

  const parts: string[] = [];
  let rest = host;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (scheme) {
    parts.push("a scheme");
    rest = rest.slice(scheme[0].length);
  }
  const pathAt = rest.search(/[/?#]/);
  if (pathAt !== -1) {
    parts.push("a path");
    rest = rest.slice(0, pathAt);
  }
  const port = /:\d*$/.exec(rest);
  if (port && !rest.startsWith("[")) {
    parts.push("a port");
    rest = rest.slice(0, port.index);
  }
  if (host !== value) parts.push("white space around it");
  const suggestion = hostKind(rest) === "hostname" ? rest : undefined;
  return { kind: "not-a-name", parts, suggestion };
}

/** A probe that sends no Host, or an empty one, puts no server name in the TLS handshake. */
export function sendsNoName(host: HostSource | undefined): boolean {
  // hostFlaw's "blank", without the rest of its work.
  return host === undefined || host.value.trim() === "";
}

export function isIpLiteral(address: string | undefined): boolean {
  const kind = address === undefined ? undefined : hostKind(address);
  return kind === "ipv4" || kind === "ipv6";
}

/** `origin "a" of pool "p" and 2 more` */
export function describeTargets(targets: readonly ProbeTarget[]): string {
  const more = targets.length > 1 ? ` and ${targets.length - 1} more` : "";
  return targets[0] ? describeTarget(targets[0]) + more : "";
}
