import { describe, expect, it } from "vitest";
import {
  formatPorts,
  hostHeaderName,
  hostKind,
  isHostname,
  isIPv4,
  isIPv6,
  isUuid,
  parseOriginPort,
  parseOriginUri,
  parsePortSpec,
  parseProtocol,
  rangeLengthDiffers,
  zoneOf,
} from "../../src/address/index.js";
import { registrableDomain } from "../../src/address/public-suffix.js";

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
    expect(parseProtocol("tcp/2222")).toEqual({ ok: true, value: { transport: "tcp", ports: { start: 2222, end: 2222 } } });
    expect(parseProtocol("udp/1000-1010")).toEqual({ ok: true, value: { transport: "udp", ports: { start: 1000, end: 1010 } } });
  });
  it("recognises the selected protocols by name and by TCP port", () => {
    expect(parseProtocol("rdp")).toEqual({ ok: true, value: { transport: "tcp", ports: { start: 3389, end: 3389 }, selected: "rdp" } });
    expect(parseProtocol("tcp/22")).toMatchObject({ ok: true, value: { selected: "ssh" } });
    expect(parseProtocol("tcp/25565")).toMatchObject({ ok: true, value: { selected: "minecraft" } });
    expect(parseProtocol("udp/22")).not.toHaveProperty("value.selected");
    expect(parseProtocol("tcp/22-23")).not.toHaveProperty("value.selected");
    expect(parseProtocol("telnet")).toMatchObject({ ok: false, problem: { message: "expected <tcp|udp>/<port or range>, e.g. tcp/22" } });
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
    expect(isHostname(`${"a".repeat(63)}.example.com`)).toBe(true);
    expect(isHostname(`example.${"a".repeat(64)}`)).toBe(false);
  });
  it("a name may start with a digit, but not be all digits and dots", () => {
    expect(isHostname("1password.example.com")).toBe(true);
    expect(isHostname("1.2.3.4.5")).toBe(false);
    expect(isHostname("10.0.0.1.")).toBe(false);
  });
});

describe("parseOriginPort and range lengths", () => {
  it("integers and range strings", () => {
    expect(parseOriginPort(22)).toEqual({ ok: true, value: { start: 22, end: 22 } });
    expect(parseOriginPort("3000-4000")).toEqual({ ok: true, value: { start: 3000, end: 4000 } });
    expect(parseOriginPort("22")).toEqual({ ok: true, value: { start: 22, end: 22 } });
  });
  it("out of range or malformed", () => {
    expect(parseOriginPort(0)).toMatchObject({ ok: false, problem: { message: "port 0 is outside 1-65535" } });
    expect(parseOriginPort(65536)).toMatchObject({ ok: false, problem: { message: "port 65536 is outside 1-65535" } });
    expect(parseOriginPort("3000-70000")).toMatchObject({ ok: false, problem: { message: "port 70000 is outside 1-65535", offset: 5 } });
    expect(parseOriginPort("ssh")).toMatchObject({ ok: false });
  });
  it("a range must be as long as the edge's; a single origin port always fits", () => {
    expect(rangeLengthDiffers({ start: 1000, end: 2000 }, { start: 3000, end: 4000 })).toBe(false);
    expect(rangeLengthDiffers({ start: 1000, end: 2000 }, { start: 3000, end: 3999 })).toBe(true);
    expect(rangeLengthDiffers({ start: 22, end: 22 }, { start: 3000, end: 3001 })).toBe(true);
    expect(rangeLengthDiffers({ start: 1000, end: 2000 }, { start: 22, end: 22 })).toBe(false);
  });
  it("formats ports as written", () => {
    expect(formatPorts({ start: 22, end: 22 })).toBe("22");
    expect(formatPorts({ start: 1000, end: 2000 })).toBe("1000-2000");
  });
});

describe("isUuid, zoneOf and registrableDomain", () => {
  it("UUIDs in either case, nothing else", () => {
    expect(isUuid("a5624d4e-044a-4ff0-b3e1-e2465353d4b4")).toBe(true);
    expect(isUuid("A5624D4E-044A-4FF0-B3E1-E2465353D4B4")).toBe(true);
    expect(isUuid("a5624d4e044a4ff0b3e1e2465353d4b4")).toBe(false);
    expect(isUuid("vnet-prod")).toBe(false);
  });
  it("the longest zone that holds the name", () => {
    const zones = ["example.com", "sub.example.com", "Example.ORG."];
    expect(zoneOf("ssh.example.com", zones)).toBe("example.com");
    expect(zoneOf("a.sub.example.com", zones)).toBe("sub.example.com");
    expect(zoneOf("EXAMPLE.org.", zones)).toBe("example.org");
    expect(zoneOf("notexample.com", zones)).toBeUndefined();
  });
  it("registered domains under public suffixes", () => {
    expect(registrableDomain("ssh.example.co.uk")).toBe("example.co.uk");
    expect(registrableDomain("Game.Example.com.")).toBe("example.com");
    expect(registrableDomain("co.uk")).toBeUndefined();
  });
});

describe("isIPv4 and isIPv6", () => {
  it.each([
    ["192.0.2.1", true, false],
    ["255.255.255.255", true, false],
    ["999.0.0.1", false, false],
    ["192.0.2", false, false],
    ["0x7f.0.0.1", false, false],
    ["2001:db8::1", false, true],
    ["::ffff:192.0.2.1", false, true],
    ["2001:db8::zz", false, false],
    ["origin.example.com", false, false],
  ])("%s: IPv4 %s, IPv6 %s", (text, v4, v6) => {
    expect([isIPv4(text), isIPv6(text)]).toEqual([v4, v6]);
  });
});

describe("hostHeaderName", () => {
  it.each([
    ["app.example.com", "app.example.com"],
    ["app.example.com:8443", "app.example.com"],
    ["192.0.2.1:80", "192.0.2.1"],
    ["2001:db8::1", "2001:db8::1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["[2001:db8::1]:8443", "2001:db8::1"],
  ])("%s names %s", (host, name) => {
    expect(hostHeaderName(host)).toBe(name);
  });
});
