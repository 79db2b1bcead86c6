import { describe, expect, it } from "vitest";
import type { Kind } from "../../src/extract/index.js";
import { validate, type Violation } from "../../src/schema/index.js";

/** A violation at the value of `at` (the usual case); a wrong type when the wanted types are given. */
function value(at: string, message: string, wanted?: string[]): Violation {
  return { at, field: at, target: "value", message, structural: wanted !== undefined, ...(wanted ? { wanted } : {}) };
}

/** A missing required property, reported at its parent. */
function required(at: string, field: string): Violation {
  return { at, field: `${at}/${field}`, target: "key", message: `\`${field}\` is required`, structural: false };
}

interface Case {
  name: string;
  value: unknown;
  expected: Violation[];
}

function table(kind: Kind, cases: Case[]): void {
  it.each(cases)("$name", ({ value: input, expected }) => {
    expect(validate(kind, input)).toEqual(expected);
  });
}

// Realistic objects in the style of Cloudflare's API reference; each must pass untouched.

const monitor = {
  id: "f1aba936b94213e5b8dca0c0dbf1f9cc",
  created_on: "2024-03-01T10:15:00Z",
  modified_on: "2024-06-12T08:02:41.52Z",
  type: "https",
  description: "Login page monitor",
  method: "GET",
  path: "/health",
  port: 8443,
  header: { Host: ["app.example.com"], "X-App-ID": ["abc123"] },
  timeout: 5,
  retries: 2,
  interval: 60,
  expected_codes: "2xx",
  expected_body: "alive",
  follow_redirects: true,
  allow_insecure: false,
  consecutive_up: 3,
  consecutive_down: 2,
  probe_zone: "example.com",
};

const pool = {
  id: "17b5962d775c646f3f9725cbc7a53df4",
  created_on: "2024-03-01T10:20:00Z",
  modified_on: "2024-06-12T08:05:00Z",
  name: "primary-dc-1",
  description: "Primary data center - Frankfurt",
  enabled: true,
  minimum_origins: 2,
  monitor: "f1aba936b94213e5b8dca0c0dbf1f9cc",
  check_regions: ["WEU", "EEU", "ENAM"],
  latitude: 50.11,
  longitude: 8.68,
  load_shedding: { default_percent: 10, default_policy: "hash", session_percent: 0, session_policy: "hash" },
  origin_steering: { policy: "least_outstanding_requests" },
  notification_filter: { origin: { disable: true }, pool: { healthy: false } },
  origins: [
    {
      name: "app-server-1",
      address: "192.0.2.10",
      enabled: true,
      weight: 0.6,
      header: { Host: ["app.example.com"] },
      port: 8080,
    },
    {
      name: "app-server-2",
      address: "10.0.4.12",
      enabled: true,
      weight: 0.4,
      virtual_network_id: "a5624d4e-044a-4ff0-b3e1-e2465353d4b4",
      flatten_cname: false,
    },
  ],
  networks: ["cloudflare"],
};

const loadBalancer = {
  id: "699d98642c564d2e855e9661899b7252",
  created_on: "2024-03-02T09:00:00Z",
  modified_on: "2024-06-12T08:10:00Z",
  zone_name: "example.com",
  name: "www.example.com",
  description: "Load Balancer for www.example.com",
  enabled: true,
  proxied: true,
  default_pools: ["17b5962d775c646f3f9725cbc7a53df4", "9290f38c5d07c2e2f4df57b1f61d4196"],
  fallback_pool: "9290f38c5d07c2e2f4df57b1f61d4196",
  steering_policy: "dynamic_latency",
  region_pools: { WNAM: ["9290f38c5d07c2e2f4df57b1f61d4196"], WEU: ["17b5962d775c646f3f9725cbc7a53df4"] },
  country_pools: { GB: ["17b5962d775c646f3f9725cbc7a53df4"] },
  pop_pools: { LHR: ["17b5962d775c646f3f9725cbc7a53df4"] },
  random_steering: { default_weight: 0.5, pool_weights: { "17b5962d775c646f3f9725cbc7a53df4": 0.7 } },
  adaptive_routing: { failover_across_pools: true },
  location_strategy: { mode: "resolver_ip", prefer_ecs: "always" },
  session_affinity: "cookie",
  session_affinity_ttl: 1800,
  session_affinity_attributes: {
    samesite: "Auto",
    secure: "Always",
    drain_duration: 100,
    zero_downtime_failover: "sticky",
  },
  rules: [
    {
      name: "route /testing to the testing pool",
      condition: 'http.request.uri.path contains "/testing"',
      priority: 1,
      disabled: false,
      terminates: false,
      overrides: {
        default_pools: ["9290f38c5d07c2e2f4df57b1f61d4196"],
        fallback_pool: "9290f38c5d07c2e2f4df57b1f61d4196",
        session_affinity: "none",
        steering_policy: "off",
      },
    },
    {
      name: "maintenance page",
      condition: 'http.request.uri.path eq "/status"',
      fixed_response: {
        status_code: 503,
        content_type: "text/plain",
        message_body: "Down for maintenance",
      },
    },
  ],
  networks: ["cloudflare"],
};

const spectrumApp = {
  id: "ea95132c15732412d22c1476fa83f27a",
  created_on: "2024-03-03T12:00:00Z",
  modified_on: "2024-06-12T08:15:00Z",
  protocol: "tcp/22",
  dns: { type: "CNAME", name: "ssh.example.com" },
  origin_dns: { name: "origin.example.com", ttl: 1200, type: "" },
  origin_port: 22,
  edge_ips: { type: "dynamic", connectivity: "all" },
  ip_firewall: true,
  proxy_protocol: "off",
  tls: "off",
  traffic_type: "direct",
  argo_smart_routing: true,
};

describe("monitor", () => {
  table("monitor", [
    { name: "a full realistic monitor", value: monitor, expected: [] },
    { name: "an empty monitor (nothing is required, expected_codes included)", value: {}, expected: [] },
    { name: "a tcp monitor without expected_codes", value: { type: "tcp", port: 22 }, expected: [] },
    {
      name: "wrong type",
      value: { interval: "60" },
      expected: [value("/interval", '`interval` must be an integer, got "60"', ["integer"])],
    },
    {
      name: "a fraction where an integer is required",
      value: { timeout: 2.5 },
      expected: [value("/timeout", "`timeout` must be an integer, got 2.5", ["integer"])],
    },
    {
      name: "enum values are case-sensitive",
      value: { type: "HTTP" },
      expected: [value("/type", '`type` must be one of http, https, tcp, udp_icmp, icmp_ping, smtp (got "HTTP")')],
    },
    {
      name: "port above 65535",
      value: { type: "tcp", port: 65536 },
      expected: [value("/port", "`port` must be at most 65535, got 65536")],
    },
    { name: "port may be null", value: { type: "https", port: null }, expected: [] },
    {
      name: "port as a string",
      value: { port: "443" },
      expected: [value("/port", '`port` must be an integer or null, got "443"', ["integer", "null"])],
    },
    {
      name: "negative retries",
      value: { retries: -1 },
      expected: [value("/retries", "`retries` must be at least 0, got -1")],
    },
    {
      name: "plan-dependent ranges are left to rules: interval, timeout, retries",
      value: { interval: 5, timeout: 30, retries: 0 },
      expected: [],
    },
    {
      name: "a header value that is not a list",
      value: { header: { Host: "example.com" } },
      expected: [value("/header/Host", '`header.Host` must be an array, got "example.com"', ["array"])],
    },
    {
      name: "a bad timestamp",
      value: { created_on: "yesterday" },
      expected: [value("/created_on", '`created_on` must be a valid date-time, got "yesterday"')],
    },
    { name: "unknown fields are accepted", value: { type: "http", follow_redirect: true, x_team: "web" }, expected: [] },
    {
      name: "several problems, sorted by pointer",
      value: { type: "ftp", port: -1, interval: "1m" },
      expected: [
        value("/interval", '`interval` must be an integer, got "1m"', ["integer"]),
        value("/port", "`port` must be at least 0, got -1"),
        value("/type", '`type` must be one of http, https, tcp, udp_icmp, icmp_ping, smtp (got "ftp")'),
      ],
    },
  ]);
});

describe("pool", () => {
  const origins = [{ name: "a", address: "192.0.2.1" }];
  table("pool", [
    { name: "a full realistic pool", value: pool, expected: [] },
    {
      name: "read-only fields are accepted",
      value: { ...pool, disabled_at: "2024-06-01T00:00:00Z", origins: [{ ...origins[0], disabled_at: "2024-06-01T00:00:00Z" }] },
      expected: [],
    },
    { name: "missing name and origins", value: {}, expected: [required("", "name"), required("", "origins")] },
    {
      name: "origins is not a list",
      value: { name: "p", origins: { name: "a" } },
      expected: [value("/origins", "`origins` must be an array, got an object", ["array"])],
    },
    {
      name: "a nested origin weight out of range",
      value: { name: "p", origins: [...origins, { name: "b", address: "192.0.2.2", weight: 1.5 }] },
      expected: [value("/origins/1/weight", "`origins[1].weight` must be at most 1, got 1.5")],
    },
    {
      name: "weights in steps of 0.01 survive floating point",
      value: { name: "p", origins: [0.29, 0.57, 0.01, 0, 1].map((weight) => ({ weight })) },
      expected: [],
    },
    {
      name: "a weight finer than 0.01",
      value: { name: "p", origins: [{ weight: 0.005 }] },
      expected: [value("/origins/0/weight", "`origins[0].weight` must be a multiple of 0.01, got 0.005")],
    },
    {
      name: "a weight given as a string",
      value: { name: "p", origins: [{ weight: "0.5" }] },
      expected: [value("/origins/0/weight", '`origins[0].weight` must be a number, got "0.5"', ["number"])],
    },
    {
      name: "an origin Host header that is a string",
      value: { name: "p", origins: [{ address: "192.0.2.1", header: { Host: "app.example.com" } }] },
      expected: [value("/origins/0/header/Host", '`origins[0].header.Host` must be an array, got "app.example.com"', ["array"])],
    },
    {
      name: "an origin port above 65535",
      value: { name: "p", origins: [{ address: "192.0.2.1", port: 70000 }] },
      expected: [value("/origins/0/port", "`origins[0].port` must be at most 65535, got 70000")],
    },
    {
      name: "origin address and virtual network are not format-checked (rules say more)",
      value: { name: "p", origins: [{ address: "not an address", virtual_network_id: "vnet-1" }] },
      expected: [],
    },
    { name: "check_regions may be null", value: { name: "p", origins, check_regions: null }, expected: [] },
    {
      name: "check_regions accepts CHINA and ALL_REGIONS",
      value: { name: "p", origins, check_regions: ["CHINA", "ALL_REGIONS"] },
      expected: [],
    },
    {
      name: "a lowercase region",
      value: { name: "p", origins, check_regions: ["WEU", "wnam"] },
      expected: [
        value(
          "/check_regions/1",
          '`check_regions[1]` must be one of WNAM, ENAM, WEU, EEU, NSAM, SSAM, OC, ME, NAF, SAF, SAS, SEAS, NEAS, CHINA, ALL_REGIONS (got "wnam")',
        ),
      ],
    },
    { name: "notification_filter may be null", value: { name: "p", origins, notification_filter: null }, expected: [] },
    {
      name: "notification filter parts may be null",
      value: { name: "p", origins, notification_filter: { origin: null, pool: { healthy: null } } },
      expected: [],
    },
    { name: "health_sources may be null", value: { name: "p", origins, health_sources: null }, expected: [] },
    {
      name: "coordinates out of range",
      value: { name: "p", origins, latitude: 91, longitude: -180.5 },
      expected: [
        value("/latitude", "`latitude` must be at most 90, got 91"),
        value("/longitude", "`longitude` must be at least -180, got -180.5"),
      ],
    },
    {
      name: "load shedding above 100 percent",
      value: { name: "p", origins, load_shedding: { default_percent: 150, session_policy: "random" } },
      expected: [
        value("/load_shedding/default_percent", "`load_shedding.default_percent` must be at most 100, got 150"),
        value("/load_shedding/session_policy", '`load_shedding.session_policy` must be one of hash (got "random")'),
      ],
    },
    { name: "unknown fields are accepted", value: { name: "p", origins, tags: ["eu"] }, expected: [] },
    {
      // The API answers "the origin list length must be in range [1, …]".
      name: "a pool needs at least one origin",
      value: { name: "p", origins: [] },
      expected: [value("/origins", "`origins` must list at least 1 item, got an empty list")],
    },
    {
      name: "a resource that is not an object",
      value: [pool],
      expected: [value("", "the pool must be an object, got an array", ["object"])],
    },
  ]);
});

describe("load_balancer", () => {
  const minimal = { name: "lb.example.com", default_pools: ["p1"], fallback_pool: "p1" };
  table("load_balancer", [
    { name: "a full realistic load balancer", value: loadBalancer, expected: [] },
    {
      name: "missing required fields",
      value: { proxied: true },
      expected: [required("", "default_pools"), required("", "fallback_pool"), required("", "name")],
    },
    { name: 'the empty steering policy ""', value: { ...minimal, steering_policy: "" }, expected: [] },
    { name: 'the empty session affinity ""', value: { ...minimal, session_affinity: "" }, expected: [] },
    {
      name: "the S24 literal two-quote string is not a value",
      value: { ...minimal, steering_policy: '""' },
      expected: [
        value(
          "/steering_policy",
          '`steering_policy` must be one of "", off, geo, random, dynamic_latency, proximity, least_outstanding_requests, least_connections (got "\\"\\"")',
        ),
      ],
    },
    {
      name: "default_pools as a single string",
      value: { ...minimal, default_pools: "p1" },
      expected: [value("/default_pools", '`default_pools` must be an array, got "p1"', ["array"])],
    },
    {
      name: "random steering default weight above 1",
      value: { ...minimal, random_steering: { default_weight: 1.5 } },
      expected: [value("/random_steering/default_weight", "`random_steering.default_weight` must be at most 1, got 1.5")],
    },
    {
      name: "random steering default weight in steps of 0.1 (which survive floating point)",
      value: { ...minimal, random_steering: { default_weight: 0.7 }, rules: [{ overrides: { random_steering: { default_weight: 0.3 } } }] },
      expected: [],
    },
    {
      name: "random steering default weight finer than 0.1",
      value: { ...minimal, random_steering: { default_weight: 0.25 } },
      expected: [value("/random_steering/default_weight", "`random_steering.default_weight` must be a multiple of 0.1, got 0.25")],
    },
    {
      name: "session affinity ttl ranges depend on the affinity type: left to rules",
      value: { ...minimal, session_affinity: "header", session_affinity_ttl: 5 },
      expected: [],
    },
    {
      name: "rule priority, name and fixed response limits",
      value: {
        ...minimal,
        rules: [
          { name: "x".repeat(201), priority: -1 },
          { fixed_response: { content_type: "application/vnd.example.status+json", message_body: "ok" } },
        ],
      },
      expected: [
        value("/rules/0/name", "`rules[0].name` must not be longer than 200 characters, got 201 characters"),
        value("/rules/0/priority", "`rules[0].priority` must be at least 0, got -1"),
        value(
          "/rules/1/fixed_response/content_type",
          "`rules[1].fixed_response.content_type` must not be longer than 32 characters, got 35 characters",
        ),
      ],
    },
    {
      name: "an enum miss inside rule overrides",
      value: { ...minimal, rules: [{ overrides: { session_affinity: "sticky" } }] },
      expected: [
        value(
          "/rules/0/overrides/session_affinity",
          '`rules[0].overrides.session_affinity` must be one of "", none, cookie, ip_cookie, header (got "sticky")',
        ),
      ],
    },
    {
      name: "duplicate affinity headers",
      value: { ...minimal, session_affinity_attributes: { headers: ["x-session", "x-user", "x-session"] } },
      expected: [
        value(
          "/session_affinity_attributes/headers",
          '`session_affinity_attributes.headers` must not list a value twice: items 0 and 2 are both "x-session"',
        ),
      ],
    },
    {
      name: "read-only fields are accepted",
      value: { ...minimal, id: "699d98642c564d2e855e9661899b7252", zone_name: "example.com", created_on: "2024-01-01T00:00:00Z" },
      expected: [],
    },
    { name: "unknown fields are accepted", value: { ...minimal, pool_sets: [] }, expected: [] },
  ]);
});

describe("spectrum_app", () => {
  const minimal = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" } };
  table("spectrum_app", [
    { name: "a full realistic application with origin_dns", value: spectrumApp, expected: [] },
    {
      name: "a realistic application with origin_direct on a virtual network and static IPs",
      value: {
        protocol: "tcp/3389",
        dns: { type: "ADDRESS", name: "rdp.example.com" },
        origin_direct: ["tcp://10.0.0.5:3389"],
        virtual_network_id: "a5624d4e-044a-4ff0-b3e1-e2465353d4b4",
        edge_ips: { type: "static", ips: ["198.51.100.7", "2001:db8::7"] },
        proxy_protocol: "off",
        traffic_type: "direct",
      },
      expected: [],
    },
    {
      name: "a Worker application",
      value: { ...minimal, traffic_type: "worker", origin_worker_id: "ssh-gateway", tls: "flexible" },
      expected: [],
    },
    { name: "traffic_type is optional", value: { ...minimal, origin_direct: ["tcp://192.0.2.1:22"] }, expected: [] },
    { name: "missing protocol and dns", value: { origin_direct: ["tcp://192.0.2.1:22"] }, expected: [required("", "dns"), required("", "protocol")] },
    { name: "origin_port as an integer", value: { ...minimal, origin_dns: { name: "o.example.com" }, origin_port: 22 }, expected: [] },
    {
      name: "origin_port as a range string",
      value: { ...minimal, protocol: "tcp/1000-2000", origin_dns: { name: "o.example.com" }, origin_port: "3000-4000" },
      expected: [],
    },
    {
      name: "origin_port out of range is left to spectrum/origin-port (code 11002, not 400)",
      value: { ...minimal, origin_port: 65536 },
      expected: [],
    },
    {
      name: "origin_port of neither allowed type",
      value: { ...minimal, origin_port: true },
      expected: [value("/origin_port", "`origin_port` must be an integer or a string, got true", ["integer", "string"])],
    },
    {
      name: "origin_port as a fraction",
      value: { ...minimal, origin_port: 22.5 },
      expected: [value("/origin_port", "`origin_port` must be an integer or a string, got 22.5", ["integer", "string"])],
    },
    {
      name: "origin_dns.ttl below 600 is left to spectrum/origin-dns (code 11001, not 400)",
      value: { ...minimal, origin_dns: { name: "o.example.com", ttl: 60 } },
      expected: [],
    },
    {
      name: "origin_dns.ttl must still be an integer",
      value: { ...minimal, origin_dns: { name: "o.example.com", ttl: "1200" } },
      expected: [value("/origin_dns/ttl", '`origin_dns.ttl` must be an integer, got "1200"', ["integer"])],
    },
    {
      name: "dns.type in lowercase",
      value: { ...minimal, dns: { type: "cname", name: "ssh.example.com" } },
      expected: [value("/dns/type", '`dns.type` must be one of CNAME, ADDRESS (got "cname")')],
    },
    {
      name: "dns as a string",
      value: { protocol: "tcp/22", dns: "ssh.example.com" },
      expected: [value("/dns", '`dns` must be an object, got "ssh.example.com"', ["object"])],
    },
    {
      name: "names and virtual network ids are not format-checked (rules give the API's code)",
      value: { ...minimal, dns: { name: "not a host!" }, origin_dns: { name: "-bad-" }, virtual_network_id: "vnet-1" },
      expected: [],
    },
    {
      name: "edge connectivity and tls enums",
      value: { ...minimal, edge_ips: { type: "dynamic", connectivity: "both" }, tls: "on" },
      expected: [
        value("/edge_ips/connectivity", '`edge_ips.connectivity` must be one of all, ipv4, ipv6 (got "both")'),
        value("/tls", '`tls` must be one of off, flexible, full, strict (got "on")'),
      ],
    },
    { name: "an origin_dns type of the empty string (A and AAAA)", value: { ...minimal, origin_dns: { type: "" } }, expected: [] },
    { name: "unknown fields are accepted", value: { ...minimal, comment: "paygo" }, expected: [] },
    { name: "read-only fields are accepted", value: { ...spectrumApp, id: "x", created_on: "2024-01-01T00:00:00Z" }, expected: [] },
  ]);
});

describe("validate", () => {
  it("gives the same answer on repeated calls (validators are cached)", () => {
    const input = { type: "HTTP" };
    expect(validate("monitor", input)).toEqual(validate("monitor", input));
  });
});
