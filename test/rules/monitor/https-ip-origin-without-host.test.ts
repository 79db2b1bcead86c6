import rule from "../../../rules/monitor/https-ip-origin-without-host.js";
import { testRule } from "../../rule-tester.js";

const ID = "4d2e6f8a0b1c4d3e9f7a5b3c1d2e4f6a";
const monitor = { id: ID, type: "https", path: "/health", expected_codes: "200" };
const pool = (origins: object[], extra: object = {}) => ({ name: "eu", monitor: ID, origins, ...extra });

testRule(rule, {
  valid: [
    { name: "no pool uses the monitor: the warning rule speaks", code: { type: "https", path: "/" } },
    {
      name: "the monitor's Host is sent to the IP origin",
      code: { monitors: [{ ...monitor, header: { Host: ["shop.example.com"] } }], pools: [pool([{ name: "a", address: "192.0.2.10" }])] },
    },
    {
      name: "the IP origin carries its own Host",
      code: { monitors: [monitor], pools: [pool([{ name: "a", address: "2001:db8::10", header: { Host: ["shop.example.com"] } }])] },
    },
    {
      name: "hostname origins are a warning only",
      code: { monitors: [monitor], pools: [pool([{ name: "a", address: "a.example.net" }])] },
    },
    {
      name: "allow_insecure skips the certificate check",
      code: { monitors: [{ ...monitor, allow_insecure: true }], pools: [pool([{ name: "a", address: "192.0.2.10" }])] },
    },
    {
      name: "a disabled pool is not probed",
      code: { monitors: [monitor], pools: [pool([{ name: "a", address: "192.0.2.10" }], { enabled: false })] },
    },
    {
      name: "a pool using another monitor",
      code: { monitors: [monitor], pools: [{ name: "x", monitor: "0000", origins: [{ name: "a", address: "192.0.2.10" }] }] },
    },
  ],
  invalid: [
    {
      name: "an IPv4 origin without Host, in a bundle",
      code: '{\n  "monitors": [{"id": "' + ID + '", "type": "https"}],\n  "pools": [{"name": "eu", "monitor": "' + ID + '", "origins": [{"name": "a", "address": "192.0.2.10"}]}]\n}',
      errors: [
        {
          line: 2,
          column: 67,
          pointer: "/monitors/0/type",
          message:
            'HTTPS monitor sends no Host header to origin "a" (192.0.2.10) of pool "eu", so the handshake carries no server name ' +
            'and no certificate name can match an IP. Set "header": {"Host": ["<hostname on the certificate>"]} on the monitor or on the origin',
        },
      ],
    },
    {
      name: "monitor and pool in separate files, envelope around the pool; headers without Host",
      files: {
        "monitor.json": { ...monitor, header: { "X-Probe": ["cf"] } },
        "pool.json": { success: true, errors: [], result: pool([{ name: "b", address: "b.example.net" }, { name: "c", address: "2001:db8::c" }]) },
      },
      errors: [{ file: "monitor.json", pointer: "/header", message: /to origin "c" \(2001:db8::c\) of pool "eu", so/ }],
    },
  ],
});
