import { describe, expect, it } from "vitest";
import { lookupCode } from "../../src/codes/index.js";
import { monitorSettings } from "../../src/probe/monitor.js";
import { FAILURE_REASONS } from "../../src/probe/outcome.js";
import { parseOriginArgument } from "../../src/probe/target.js";

describe("monitorSettings: the API's defaults", () => {
  it("an empty monitor is http GET / on port 80, timeout 5, 2 retries, expecting 200", () => {
    const settings = monitorSettings({});
    expect(settings.ok && { ...settings.value, expectedCodes: undefined }).toEqual({
      type: "http",
      method: "GET",
      path: "/",
      port: 80,
      headers: {},
      timeoutSeconds: 5,
      retries: 2,
      expectedCodesText: "200",
      expectedCodes: undefined,
      followRedirects: false,
      allowInsecure: false,
    });
  });

  it("port 0 or null means 80 for http and 443 for https", () => {
    expect(monitorSettings({ type: "https", port: 0 })).toMatchObject({ ok: true, value: { port: 443 } });
    expect(monitorSettings({ type: "https", port: null })).toMatchObject({ ok: true, value: { port: 443 } });
    expect(monitorSettings({ type: "http", port: 8080 })).toMatchObject({ ok: true, value: { port: 8080 } });
  });

  it("the Host header is taken apart from the others, in any case; User-Agent is dropped", () => {
    expect(monitorSettings({ header: { HOST: ["app.test", "b.test"], "User-agent": ["x"], "X-A": ["1"] } })).toMatchObject({
      ok: true,
      value: { host: "app.test", headers: { "X-A": ["1"] } },
    });
  });

  it("expected_codes goes through the shared parser", () => {
    const settings = monitorSettings({ expected_codes: "2xx,302" });
    expect(settings.ok && [200, 299, 302, 301].map((s) => settings.value.expectedCodes.accepts(s))).toEqual([true, true, true, false]);
    expect(monitorSettings({ expected_codes: "2xx,," })).toEqual({ ok: false, message: 'expected_codes "2xx,," has an empty entry' });
  });

  it('an empty expected_codes is the default "200", as the API writes it unset', () => {
    const settings = monitorSettings({ type: "http", expected_codes: "" });
    expect(settings).toMatchObject({ ok: true, value: { expectedCodesText: "200" } });
    expect(settings.ok && [200, 204].map((s) => settings.value.expectedCodes.accepts(s))).toEqual([true, false]);
  });

  it("says why a monitor cannot be probed", () => {
    expect(monitorSettings({ type: "icmp_ping" })).toEqual({ ok: false, message: 'cflint probe runs http, https and tcp monitors, not "icmp_ping"' });
    expect(monitorSettings({ type: "tcp" })).toEqual({ ok: false, message: "a tcp monitor needs a port; this one has none" });
    expect(monitorSettings({ timeout: 0 })).toEqual({ ok: false, message: "timeout 0 leaves no time for a health check" });
  });

  it("a tcp monitor ignores the HTTP-only expected_codes", () => {
    expect(monitorSettings({ type: "tcp", port: 22, expected_codes: "" })).toMatchObject({ ok: true, value: { type: "tcp", port: 22 } });
  });
});

describe("parseOriginArgument", () => {
  it.each([
    ["192.0.2.10", { address: "192.0.2.10" }],
    ["192.0.2.10:8080", { address: "192.0.2.10", port: 8080 }],
    ["origin.example.com", { address: "origin.example.com" }],
    ["origin.example.com:443", { address: "origin.example.com", port: 443 }],
    ["2001:db8::1", { address: "2001:db8::1" }],
    ["[2001:db8::1]", { address: "2001:db8::1" }],
    ["[2001:db8::1]:8443", { address: "2001:db8::1", port: 8443 }],
  ])("%s", (text, value) => {
    expect(parseOriginArgument(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["origin.example.com:0", '--origin "origin.example.com:0": port 0 is outside 1-65535'],
    ["origin.example.com:80-90", '--origin "origin.example.com:80-90": give one port, not a range'],
    ["http://origin.example.com", '--origin "http://origin.example.com" is not ADDRESS[:PORT] (e.g. 192.0.2.10, origin.example.com:8080, [2001:db8::1]:443)'],
    ["[origin.example.com]:80", '--origin "[origin.example.com]:80" is not ADDRESS[:PORT] (e.g. 192.0.2.10, origin.example.com:8080, [2001:db8::1]:443)'],
  ])("%s is refused", (text, message) => {
    expect(parseOriginArgument(text)).toEqual({ ok: false, message });
  });
});

describe("failure reasons", () => {
  it.each(FAILURE_REASONS)("%s is a health-check code of the catalog, spelled exactly", (reason) => {
    expect(lookupCode(reason)).toMatchObject({ code: reason, family: "health-check" });
  });
});
