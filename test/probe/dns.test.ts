import type { LookupAddress } from "node:dns";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resolve } from "../../src/probe/dns.js";

/** What this machine's resolver answers, set by each test: no name is looked up on the network. */
let answer: LookupAddress[] = [];
vi.mock("node:dns/promises", () => ({ lookup: async () => answer }));

beforeEach(() => {
  answer = [];
});

async function resolveTo(...addresses: string[]) {
  answer = addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  return resolve("origin.example.com", Date.now() + 1000, { virtualNetwork: false });
}

function reasonOf(result: Awaited<ReturnType<typeof resolve>>): string {
  if (result.ok) return "resolved";
  return "reason" in result.failure ? result.failure.reason : "inconclusive";
}

describe("the DNS phase: which answers are DNS Internal", () => {
  it.each(["10.0.0.1", "192.168.1.1", "127.0.0.2", "169.254.0.1", "100.64.0.1", "fd00::1", "fe80::1", "::ffff:10.0.0.1"])(
    "a name that resolves only to %s (internal) is DNS Internal",
    async (address) => {
      expect(reasonOf(await resolveTo(address))).toBe("DNS Internal");
    },
  );

  it.each([
    ["a documentation address", "192.0.2.10"],
    ["a NAT64 address (DNS64 on an IPv6-only network)", "64:ff9b::c000:20a"],
    ["a 6to4 address", "2002:c000:20a::1"],
    ["a Teredo address", "2001:0:4136:e378:8000:63bf:3fff:fdd2"],
  ])("a name that resolves to %s is not internal, and is probed", async (_, address) => {
    expect(await resolveTo(address)).toMatchObject({ ok: true, value: [address] });
  });

  it("a name with one public address among internal ones is probed", async () => {
    expect(reasonOf(await resolveTo("10.0.0.1", "203.0.113.5"))).toBe("resolved");
  });
});
