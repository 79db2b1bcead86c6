import rule from "../../../rules/monitor/untrusted-certificate.js";
import { testRule } from "../../rule-tester.js";

const ID = "2b4d6f8a1c3e4a5b9d7f1e3c5a7b9d1f";
const https = (host?: string, extra: object = {}) => ({ id: ID, type: "https", ...(host ? { header: { Host: [host] } } : {}), ...extra });
const pool = (origins: object[]) => ({ name: "lan", monitor: ID, origins });

testRule(rule, {
  valid: [
    { name: "a public name", code: https("api.example.com") },
    { name: "allow_insecure accepts any certificate", code: https("app.internal", { allow_insecure: true }) },
    { name: "an http monitor has no certificate", code: { type: "http", header: { Host: ["nas.local"] } } },
    { name: "a Host that is no name at all is another rule's finding", code: https("192.0.2.1") },
    {
      name: "the origin's public Host overrides the monitor's private one",
      code: { monitors: [https("app.internal")], pools: [pool([{ name: "a", address: "10.0.0.5", header: { Host: ["app.example.com"] } }])] },
    },
    {
      name: "a public Host is sent to a private origin address",
      code: { monitors: [https("app.example.com")], pools: [pool([{ name: "a", address: "app.corp" }])] },
    },
  ],
  invalid: [
    {
      name: "a .internal Host",
      code: '{\n  "type": "https",\n  "header": {"Host": ["app.internal"]}\n}',
      errors: [
        {
          line: 3,
          column: 23,
          endColumn: 37,
          pointer: "/header/Host/0",
          message:
            'Host "app.internal" cannot have a publicly trusted certificate: ".internal" is not a public top-level domain. ' +
            'Set "allow_insecure": true, or use a public name with a trusted certificate',
        },
      ],
    },
    {
      name: "a single-label Host, allow_insecure false, in an envelope",
      code: { success: true, result: https("intranet", { allow_insecure: false }) },
      errors: [{ pointer: "/result/header/Host/0", message: /^Host "intranet" cannot have a publicly trusted certificate: "intranet" is a single-label name/ }],
    },
    {
      name: "no Host: the origins' addresses are checked, reported once on the monitor, in a bundle",
      code: {
        monitors: [https(undefined, { allow_insecure: false })],
        pools: [pool([{ name: "a", address: "nas.home.arpa" }, { name: "b", address: "printer.local" }, { name: "c", address: "192.0.2.1" }])],
      },
      errors: [
        {
          pointer: "/monitors/0/allow_insecure",
          message:
            'origin "a" (nas.home.arpa) of pool "lan" and 1 more is probed by its address, which cannot have a publicly trusted ' +
            'certificate: ".home.arpa" is reserved for private use. Set "allow_insecure": true, or use a public name with a trusted certificate',
        },
      ],
    },
    {
      name: "an origin's own private Host, reported on the pool in its own file",
      files: {
        "m.json": https("app.example.com"),
        "p.json": pool([{ name: "a", address: "10.0.0.5", header: { Host: ["git.lan"] } }]),
      },
      errors: [{ file: "p.json", pointer: "/origins/0/header/Host/0", message: /^Host "git.lan" cannot have a publicly trusted certificate/ }],
    },
  ],
});
