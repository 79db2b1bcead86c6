import { describe, expect, it } from "vitest";
import { nonPublicRange, normalizeIp } from "../../src/address/ip-range.js";

describe("nonPublicRange", () => {
  it.each([
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.0.10", "private"],
    ["127.0.0.1", "loopback"],
    ["169.254.10.20", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.254", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["0.0.0.1", "this-network"],
    ["0.255.1.2", "this-network"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:127.0.0.1", "loopback"],
  ])("%s is %s", (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it.each([
    // Documentation ranges stand in for public addresses in examples.
    "192.0.2.10",
    "198.51.100.7",
    "203.0.113.99",
    "2001:db8::1",
    // Public addresses, including neighbours of the private blocks.
    "8.8.8.8",
    "172.32.0.1",
    "172.15.255.255",
    "100.128.0.1",
    "192.169.0.1",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
    // Not IP literals at all.
    "origin.example.com",
    "10.0.0",
    "",
  ])("%s is not flagged", (address) => {
    expect(nonPublicRange(address)).toBeUndefined();
  });
});

describe("normalizeIp", () => {
  it("makes equal IPv6 spellings compare equal", () => {
    expect(normalizeIp("2001:DB8:0::1")).toBe(normalizeIp("2001:db8::1"));
    expect(normalizeIp("2001:db8::1")).not.toBe(normalizeIp("2001:db8::2"));
  });

  it("keeps IPv4 as written and leaves hostnames alone", () => {
    expect(normalizeIp("192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp("origin.example.com")).toBeUndefined();
  });
});
