import { describe, expect, it } from "vitest";
import { hostKind, isHostname, parseOriginUri, parsePortSpec, parseProtocol } from "../../src/address/index.js";

describe("parsePortSpec", () => {
  it("single ports and ranges", () => {
    expect(parsePortSpec("22")).toEqual({ ok: true, value: { start: 22, end: 22 } });
    expect(parsePortSpec("1000-2000")).toEqual({ ok: true, value: { start: 1000, end: 2000 } });
  });
  it("points at the bad port", () => {
    expect(parsePortSpec("10-70000", 4)).toEqual({
      ok: false,
      problem: { message: "port 70000 is outside 1-65535", offset: 7, length: 5 },
    });
    expect(parsePortSpec("0")).toMatchObject({ ok: false, problem: { message: "port 0 is outside 1-65535" } });
    expect(parsePortSpec("20-10")).toMatchObject({ ok: false, problem: { message: "port range 20-10 ends before it starts" } });
    expect(parsePortSpec("http")).toMatchObject({ ok: false });
  });
});

describe("parseProtocol", () => {
  it("tcp and udp with ports", () => {
    expect(parseProtocol("tcp/22")).toEqual({ ok: true, value: { transport: "tcp", ports: { start: 22, end: 22 } } });
    expect(parseProtocol("udp/1000-1010")).toMatchObject({ ok: true, value: { transport: "udp" } });
  });
  it("rejects other transports and missing ports", () => {
    expect(parseProtocol("sctp/22")).toMatchObject({ ok: false, problem: { offset: 0, length: 4 } });
    expect(parseProtocol("tcp")).toMatchObject({ ok: false });
    expect(parseProtocol("tcp/")).toMatchObject({ ok: false, problem: { offset: 4 } });
  });
});

describe("parseOriginUri", () => {
  it("accepts the documented forms", () => {
    expect(parseOriginUri("tcp://192.0.2.1:22")).toEqual({
      ok: true,
      value: { scheme: "tcp", host: "192.0.2.1", hostKind: "ipv4", ports: { start: 22, end: 22 } },
    });
    expect(parseOriginUri("tcp://[2001:db8::1]:3000-4000")).toMatchObject({
      ok: true,
      value: { host: "2001:db8::1", hostKind: "ipv6", ports: { start: 3000, end: 4000 } },
    });
    expect(parseOriginUri("udp://origin.example.com:53")).toMatchObject({ ok: true, value: { hostKind: "hostname" } });
  });
  it("brackets an IPv6 address, pointing at it", () => {
    expect(parseOriginUri("tcp://2001:db8::11:443")).toEqual({
      ok: false,
      problem: {
        message: "IPv6 address needs brackets: tcp://[2001:db8::11]:443",
        offset: 6,
        length: 16,
        suggestion: "tcp://[2001:db8::11]:443",
      },
    });
  });
  it("suggests a scheme when the rest is an address", () => {
    expect(parseOriginUri("192.0.2.1:22")).toMatchObject({ ok: false, problem: { suggestion: "tcp://192.0.2.1:22" } });
  });
  it("an unclosed bracket", () => {
    expect(parseOriginUri("tcp://[2001:db8::1:22")).toMatchObject({ ok: false, problem: { message: /never closed/ } });
  });
});

describe("hostKind and isHostname", () => {
  it.each([
    ["192.0.2.1", "ipv4"],
    ["2001:db8::1", "ipv6"],
    ["origin.example.com", "hostname"],
    ["_minecraft._tcp.example.com", "hostname"],
    ["999.1.1.1", undefined],
    ["-bad.example.com", undefined],
    ["a..b", undefined],
  ])("%s is %s", (host, kind) => {
    expect(hostKind(host)).toBe(kind);
  });
  it("a trailing dot is fine; 64-character labels are not", () => {
    expect(isHostname("example.com.")).toBe(true);
    expect(isHostname(`${"a".repeat(64)}.example.com`)).toBe(false);
  });
});
