import { describe, expect, it } from "vitest";
import type { Located, Project } from "../../src/engine/rule.js";
import { hostFlaw, httpsProbes, probesOf } from "../../src/http/probe-targets.js";

describe("hostFlaw", () => {
  it.each(["api.example.com", "api.example.com.", "localhost", "_acme.example.com"])("%j can be a server name", (host) => {
    expect(hostFlaw(host)).toBeUndefined();
  });
  it.each([
    ["", { kind: "blank" }],
    ["  ", { kind: "blank" }],
    ["192.0.2.1", { kind: "ip" }],
    ["2001:db8::1", { kind: "ip" }],
    ["[2001:db8::1]", { kind: "ip" }],
    ["https://a.example.com/x", { kind: "not-a-name", parts: ["a scheme", "a path"], suggestion: "a.example.com" }],
    ["a.example.com:8443", { kind: "not-a-name", parts: ["a port"], suggestion: "a.example.com" }],
    [" a.example.com", { kind: "not-a-name", parts: ["white space around it"], suggestion: "a.example.com" }],
    ["a example", { kind: "not-a-name", parts: [], suggestion: undefined }],
  ])("%j", (host, flaw) => {
    expect(hostFlaw(host)).toEqual(flaw);
  });
});

const located = <K extends "monitor" | "pool">(kind: K, pointer: string, value: object) =>
  ({ kind, pointer, file: "f.json", value }) as unknown as Located<K>;

describe("probesOf", () => {
  const monitor = located("monitor", "/monitors/0", { id: "m", header: { host: ["m.example.com"] } });
  it("without pools, only the monitor's Host is known", () => {
    const [probes] = probesOf([monitor], []);
    expect(probes!.targets).toBeUndefined();
    expect(probes!.monitorHost).toMatchObject({ value: "m.example.com", at: "/header/host/0" });
  });
  it("an origin's Host wins; disabled pools and origins are not probed", () => {
    const pools = [
      located("pool", "/pools/0", {
        name: "p",
        monitor: "m",
        origins: [{ name: "a", address: "192.0.2.1", header: { Host: ["o.example.com"] } }, { name: "b", address: "b.example.net" }, { name: "c", enabled: false }],
      }),
      located("pool", "/pools/1", { name: "off", monitor: "m", enabled: false, origins: [{ name: "d" }] }),
      located("pool", "/pools/2", { name: "other", monitor: "x", origins: [{ name: "e" }] }),
    ];
    const [probes] = probesOf([monitor], pools);
    expect(probes!.targets!.map((t) => [t.label, t.at, t.host?.value, t.host?.at])).toEqual([
      ["a", "/origins/0", "o.example.com", "/origins/0/header/Host/0"],
      ["b", "/origins/1", "m.example.com", "/header/host/0"],
    ]);
  });
  it("a pool names its monitor by id without regard to case, as references are resolved", () => {
    const upper = located("monitor", "/monitors/0", { id: "0A1B", header: { host: ["m.example.com"] } });
    const pool = located("pool", "/pools/0", { name: "p", monitor: "0a1b", origins: [{ name: "a", address: "192.0.2.1" }] });
    expect(probesOf([upper], [pool])[0]!.targets!.map((t) => t.label)).toEqual(["a"]);
  });
});

describe("httpsProbes", () => {
  const projectOf = (resources: Located[]): Project => ({
    resources,
    of: <K extends Located["kind"]>(kind: K) => resources.filter((r): r is Located<K> => r.kind === kind),
    ids: () => new Set(),
    partial: false,
  });
  const monitor = located("monitor", "/monitors/0", { id: "m", type: "https" });
  const pool = located("pool", "/pools/0", { monitor: "m", origins: [{ name: "a", address: "192.0.2.1" }] });

  it("works the probes out once for a project, as probesOf does", () => {
    const project = projectOf([monitor, pool]);
    const probes = httpsProbes(project);
    expect(probes).toEqual(probesOf([monitor], [pool]));
    expect(httpsProbes(project)).toBe(probes);
  });
  it("leaves out monitors of other types: their Host is no TLS server name", () => {
    const http = located("monitor", "/monitors/1", { id: "h", type: "http" });
    const untyped = located("monitor", "/monitors/2", { id: "u" });
    const tcp = located("monitor", "/monitors/3", { id: "t", type: "tcp" });
    expect(httpsProbes(projectOf([http, monitor, untyped, tcp, pool])).map((p) => p.monitor)).toEqual([monitor]);
  });
  it("works them out afresh for another project", () => {
    const first = httpsProbes(projectOf([monitor, pool]));
    const second = httpsProbes(projectOf([monitor]));
    expect(second).not.toBe(first);
    expect(second[0]!.targets).toBeUndefined();
  });
});
