import rule from "../../../rules/monitor/https-without-host.js";
import { testRule } from "../../rule-tester.js";

const ID = "9f1c2e7a4b8d4c6e8a2f3b5d7e9c1a3f";
const monitor = { id: ID, type: "https", path: "/health", expected_codes: "2xx" };
const pool = (origins: object[]) => ({ name: "web", monitor: ID, origins });

testRule(rule, {
  valid: [
    { name: "Host header set", code: { type: "https", header: { Host: ["api.example.com"] } } },
    { name: "header names are case-insensitive", code: { type: "https", header: { host: ["api.example.com"] } } },
    { name: "http monitors send no SNI at all", code: { type: "http", follow_redirects: true } },
    { name: "type absent is http", code: { path: "/health" } },
    {
      name: "every origin of the pool that uses it sends its own Host",
      code: {
        monitors: [monitor],
        pools: [pool([{ name: "a", address: "192.0.2.10", header: { Host: ["shop.example.com"] } }, { name: "b", address: "b.example.net", header: { Host: ["shop.example.com"] } }])],
      },
    },
    {
      name: "the origin without a Host is disabled, and so not probed",
      code: {
        monitors: [monitor],
        pools: [pool([{ name: "a", address: "a.example.net", header: { Host: ["shop.example.com"] } }, { name: "b", address: "b.example.net", enabled: false }])],
      },
    },
    {
      name: "an IP origin without a name is the error rule's finding, not this one's",
      code: { monitors: [monitor], pools: [pool([{ name: "a", address: "192.0.2.10" }])] },
    },
  ],
  invalid: [
    {
      name: "no header at all and no pool: pointed at the type",
      code: '{\n  "type": "https",\n  "path": "/"\n}',
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 18,
          pointer: "/type",
          message:
            "HTTPS monitor has no Host header, so no SNI name is sent and an origin that needs one refuses the " +
            'handshake. Set "header": {"Host": ["<hostname>"]}',
        },
      ],
    },
    {
      name: "headers without Host: pointed at the header object",
      code: '{"type": "https", "header": {"X-App": ["shop"]}}',
      errors: [{ line: 1, column: 29, pointer: "/header" }],
    },
    {
      name: "an empty Host sends no name either, in an envelope",
      code: { success: true, result: { type: "https", header: { Host: [""] } } },
      errors: [{ pointer: "/result/header/Host/0", message: /^the Host header is empty, so no SNI name is sent/ }],
    },
    {
      name: "a hostname origin of the pool has no Host: the fix names it",
      code: {
        monitors: [monitor],
        pools: [pool([{ name: "a", address: "a.example.net", header: { Host: ["shop.example.com"] } }, { name: "b", address: "b.example.net" }])],
      },
      errors: [
        {
          pointer: "/monitors/0/type",
          message:
            'HTTPS monitor sends no Host header to origin "b" (b.example.net) of pool "web", so no SNI name is sent and an ' +
            'origin that needs one refuses the handshake. Set "header": {"Host": ["b.example.net"]}',
        },
      ],
    },
    {
      name: "allow_insecure makes an IP origin a warning only; monitor and pool in separate files",
      files: {
        "monitors.json": { ...monitor, allow_insecure: true },
        "pools.json": { success: true, result: [pool([{ name: "a", address: "192.0.2.10" }, { name: "b", address: "192.0.2.11" }])] },
      },
      errors: [
        {
          file: "monitors.json",
          pointer: "/type",
          message: /sends no Host header to origin "a" \(192\.0\.2\.10\) of pool "web" and 1 more, .* \{"Host": \["<hostname>"\]\}$/,
        },
      ],
    },
  ],
});
