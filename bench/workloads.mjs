// Deterministic benchmark workloads: realistic monitors, pools, load balancers and Spectrum
// applications, about one in ten with a mistake that cflint's rules or schema catch. The same
// seed always writes the same bytes, so results from different days compare.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Bump when the generated content changes, so cached workloads are rewritten. */
const GENERATOR_VERSION = 1;

/** mulberry32: a tiny seeded PRNG; Math.random cannot be seeded. */
function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    hex: (length) => {
      let out = "";
      for (let i = 0; i < length; i++) out += "0123456789abcdef"[Math.floor(next() * 16)];
      return out;
    },
  };
}

const MISTAKE_RATE = 0.1;
const REGIONS = ["WNAM", "ENAM", "WEU", "EEU", "NSAM", "SSAM", "OC", "ME", "NAF", "SAF", "SAS", "SEAS", "NEAS"];
const COUNTRIES = ["US", "CA", "GB", "DE", "FR", "NL", "SE", "JP", "SG", "AU", "BR", "IN", "ZA", "ES", "IT", "PL"];
const POPS = ["LHR", "AMS", "FRA", "CDG", "IAD", "SJC", "ORD", "DFW", "NRT", "SIN", "SYD", "GRU", "BOM", "JNB"];
const SERVICES = ["shop", "api", "auth", "media", "search", "checkout", "assets", "admin", "billing", "status", "mail", "chat"];
const ZONES = ["example.com", "example.net", "example.org"];

function timestamps(r) {
  const day = String(r.int(1, 28)).padStart(2, "0");
  const month = String(r.int(1, 12)).padStart(2, "0");
  return {
    created_on: `2024-${month}-${day}T${String(r.int(0, 23)).padStart(2, "0")}:15:00Z`,
    modified_on: `2025-${month}-${day}T08:02:41.52Z`,
  };
}

function hostname(r, i) {
  return `${r.pick(SERVICES)}-${i}.${r.pick(ZONES)}`;
}

function monitor(r, id, i) {
  const type = r.pick(["https", "https", "http", "tcp"]);
  const host = hostname(r, i);
  const m = {
    id,
    ...timestamps(r),
    type,
    description: `${host} ${type} health check`,
  };
  if (type === "tcp") Object.assign(m, { method: "connection_established", port: r.pick([22, 25, 3306, 5432, 6379]) });
  else
    Object.assign(m, {
      method: r.pick(["GET", "HEAD"]),
      path: r.pick(["/health", "/healthz", "/status", "/ping"]),
      header: { Host: [host], "User-Agent": ["cloudflare-health-check"] },
      expected_codes: r.pick(["200", "2xx", "200,204"]),
      expected_body: r.chance(0.3) ? "ok" : "",
      follow_redirects: true,
      allow_insecure: false,
    });
  Object.assign(m, { timeout: 5, retries: 2, interval: r.pick([60, 60, 120, 300]), consecutive_up: 2, consecutive_down: 2 });
  if (r.chance(MISTAKE_RATE)) {
    switch (r.int(0, 3)) {
      case 0: // monitor/http-redirect
        m.type = "http";
        m.expected_codes = "200";
        delete m.follow_redirects;
        break;
      case 1: // monitor/https-without-host
        m.type = "https";
        delete m.header;
        break;
      case 2: // monitor/schema: out of range
        m.port = 70000;
        break;
      default: // monitor/schema: enum values are case-sensitive
        m.type = m.type.toUpperCase();
    }
  }
  return m;
}

function origin(r, i, j) {
  const o = {
    name: `origin-${i}-${j}`,
    address: r.chance(0.5) ? `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` : `origin-${j}.${hostname(r, i)}`,
    enabled: r.chance(0.95),
    weight: r.pick([1, 0.5, 0.25, 0.75]),
    header: { Host: [hostname(r, i)] },
  };
  if (r.chance(0.3)) o.port = r.pick([443, 8443, 8080]);
  if (o.address.startsWith("10.")) o.virtual_network_id = `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`;
  return o;
}

function pool(r, id, i, monitorIds, origins) {
  const p = {
    id,
    ...timestamps(r),
    name: `pool-${i}-${r.pick(REGIONS).toLowerCase()}`,
    description: `Origins of ${hostname(r, i)}`,
    enabled: true,
    minimum_origins: 1,
    monitor: r.pick(monitorIds),
    check_regions: [r.pick(REGIONS), r.pick(REGIONS)].filter((v, k, a) => a.indexOf(v) === k),
    latitude: Math.round((r.next() * 140 - 70) * 100) / 100,
    longitude: Math.round((r.next() * 340 - 170) * 100) / 100,
    origin_steering: { policy: r.pick(["random", "hash", "least_outstanding_requests"]) },
    notification_filter: { origin: { disable: false }, pool: { healthy: null } },
    origins: Array.from({ length: origins }, (_, j) => origin(r, i, j)),
  };
  if (r.chance(MISTAKE_RATE)) {
    const target = p.origins[r.int(0, p.origins.length - 1)];
    switch (r.int(0, 2)) {
      case 0: // pool/schema: weight above 1
        target.weight = 1.5;
        break;
      case 1: // pool/schema: a type error
        p.minimum_origins = "1";
        break;
      default: // pool/schema: unknown steering policy
        p.origin_steering.policy = "round_robin";
    }
  }
  return p;
}

function loadBalancer(r, i, poolIds, size) {
  const some = (n) => Array.from({ length: n }, () => r.pick(poolIds)).filter((v, k, a) => a.indexOf(v) === k);
  const defaults = some(r.int(2, 3));
  const lb = {
    id: r.hex(32),
    ...timestamps(r),
    zone_name: r.pick(ZONES),
    name: hostname(r, i),
    description: `Traffic for ${hostname(r, i)}`,
    enabled: true,
    proxied: true,
    ttl: 30,
    default_pools: defaults,
    fallback_pool: defaults[0],
    steering_policy: r.pick(["off", "geo", "dynamic_latency", "random", "least_outstanding_requests"]),
    session_affinity: r.pick(["none", "cookie", "ip_cookie"]),
    session_affinity_ttl: 1800,
    session_affinity_attributes: { samesite: "Auto", secure: "Always", drain_duration: 100, zero_downtime_failover: "sticky" },
    adaptive_routing: { failover_across_pools: true },
    location_strategy: { mode: "resolver_ip", prefer_ecs: "proximity" },
    region_pools: Object.fromEntries(REGIONS.slice(0, size).map((region) => [region, some(2)])),
    country_pools: Object.fromEntries(COUNTRIES.slice(0, size).map((country) => [country, some(2)])),
    pop_pools: Object.fromEntries(POPS.slice(0, size).map((pop) => [pop, some(1)])),
    rules: Array.from({ length: Math.max(1, size >> 1) }, (_, k) => ({
      name: `route /v${k} to its pools`,
      condition: `http.request.uri.path contains "/v${k}/"`,
      priority: k,
      disabled: false,
      terminates: false,
      overrides: { default_pools: some(2), fallback_pool: r.pick(poolIds), session_affinity: "none", steering_policy: "off" },
    })),
  };
  if (r.chance(MISTAKE_RATE)) {
    switch (r.int(0, 2)) {
      case 0: // load-balancer/schema: unknown steering policy
        lb.steering_policy = "round_robin";
        break;
      case 1: // load-balancer/schema: a required field missing
        delete lb.fallback_pool;
        break;
      default: // load-balancer/schema: enum values are case-sensitive
        lb.session_affinity_attributes.samesite = "lax";
    }
  }
  return lb;
}

function spectrumApp(r, i) {
  const port = r.pick([22, 25, 443, 3306, 5432, 8443]);
  const app = {
    id: r.hex(32),
    ...timestamps(r),
    protocol: `tcp/${port}`,
    dns: { type: "CNAME", name: hostname(r, i) },
    traffic_type: "direct",
    ip_firewall: true,
    proxy_protocol: r.pick(["off", "v1", "v2"]),
    tls: "off",
    argo_smart_routing: r.chance(0.5),
    edge_ips: { type: "dynamic", connectivity: r.pick(["all", "ipv4"]) },
  };
  if (r.chance(0.7)) app.origin_direct = [`tcp://10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:${port}`];
  else Object.assign(app, { origin_dns: { name: `origin.${hostname(r, i)}`, ttl: 1200 }, origin_port: port });
  if (r.chance(MISTAKE_RATE)) {
    switch (r.int(0, 2)) {
      case 0: // spectrum/origin-conflict: both origins
        app.origin_direct = [`tcp://10.0.${r.int(0, 255)}.${r.int(1, 254)}:${port}`];
        app.origin_dns = { name: `origin.${hostname(r, i)}`, ttl: 1200 };
        break;
      case 1: // spectrum/origin-address: IPv6 without brackets
        delete app.origin_dns;
        delete app.origin_port;
        app.origin_direct = [`tcp://2001:db8::${r.int(1, 255).toString(16)}:${port}`];
        break;
      default: // spectrum/schema: TTL below the minimum
        delete app.origin_direct;
        app.origin_dns = { name: `origin.${hostname(r, i)}`, ttl: 60 };
        app.origin_port = port;
    }
  }
  return app;
}

/**
 * An account: monitors, pools that use them, load balancers over the pools, Spectrum apps.
 * `origins` and `lbSize` scale how big each pool and load balancer is.
 */
function account(r, counts, { origins, lbSize }) {
  const monitorIds = Array.from({ length: counts.monitors }, () => r.hex(32));
  const poolIds = Array.from({ length: counts.pools }, () => r.hex(32));
  return {
    monitors: monitorIds.map((id, i) => monitor(r, id, i)),
    pools: poolIds.map((id, i) => pool(r, id, i, monitorIds, r.int(origins[0], origins[1]))),
    load_balancers: Array.from({ length: counts.load_balancers }, (_, i) => loadBalancer(r, i, poolIds, lbSize)),
    spectrum_apps: Array.from({ length: counts.spectrum_apps }, (_, i) => spectrumApp(r, i)),
  };
}

const pretty = (value) => JSON.stringify(value, null, 2) + "\n";

/** One small file, as a pre-commit hook sees it: a bundle of a few objects, one of them wrong. */
function writeSingle(dir) {
  const r = prng(1);
  const bundle = account(r, { monitors: 2, pools: 2, load_balancers: 1, spectrum_apps: 1 }, { origins: [2, 2], lbSize: 2 });
  delete bundle.monitors[0].follow_redirects;
  bundle.monitors[0].type = "http";
  bundle.monitors[0].expected_codes = "200";
  writeFileSync(join(dir, "account.json"), pretty(bundle));
}

/**
 * `count` small files in a directory tree, one folder per kind, written the ways people keep
 * them: one object, a short array, or an API envelope.
 */
function writeDirectory(dir, count) {
  const r = prng(2);
  const kinds = Math.max(1, Math.round(count / 4));
  const all = account(
    r,
    { monitors: kinds, pools: kinds, load_balancers: kinds, spectrum_apps: Math.max(1, count - 3 * kinds) },
    { origins: [2, 4], lbSize: 2 },
  );
  let written = 0;
  for (const [folder, items] of Object.entries(all)) {
    mkdirSync(join(dir, folder), { recursive: true });
    items.forEach((item, i) => {
      if (written >= count) return;
      const style = r.int(0, 9);
      const body = style < 7 ? item : style < 9 ? [item] : { success: true, errors: [], messages: [], result: item };
      writeFileSync(join(dir, folder, `${folder}-${String(i).padStart(5, "0")}.json`), pretty(body));
      written++;
    });
  }
}

/** One large bundle, as exported from a big account: about 2,700 objects and 20 MB. */
function writeBundle(dir) {
  const r = prng(3);
  const bundle = account(r, { monitors: 600, pools: 1000, load_balancers: 700, spectrum_apps: 400 }, { origins: [26, 58], lbSize: 13 });
  writeFileSync(join(dir, "account-bundle.json"), pretty(bundle));
}

export const WORKLOADS = {
  single: { title: "one small file (cold start)", path: "account.json", write: writeSingle, target: { time: 1.3, rss: 1.5 } },
  directory: { title: "1,000 small files (a directory)", path: ".", write: (dir) => writeDirectory(dir, 1000), target: { time: 1.5, rss: 2 } },
  bundle: { title: "one 20 MB bundle", path: "account-bundle.json", write: writeBundle, target: { time: 2.5, rss: 3 } },
};

/** A directory of `count` small files, for the scale table. */
export function scaleWorkload(count) {
  const title = `${count.toLocaleString("en-US")} ${count === 1 ? "file" : "files"}`;
  return { title, path: ".", write: (dir) => writeDirectory(dir, count) };
}

/** Writes the workload under `root/<name>` unless the same generator version already did. */
export function ensureWorkload(root, name, workload) {
  const dir = join(root, name);
  const stamp = join(dir, ".generated");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === String(GENERATOR_VERSION)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  workload.write(dir);
  writeFileSync(stamp, String(GENERATOR_VERSION));
  return dir;
}
