import rule from "../../../rules/pool/origin-unresolvable.js";
import { testRule } from "../../rule-tester.js";

const pool = (origin: object) => ({ name: "web", origins: [{ name: "o1", ...origin }] });

testRule(rule, {
  valid: [
    { name: "public hostname", code: pool({ address: "origin.example.com" }) },
    { name: "IP address", code: pool({ address: "192.0.2.10" }) },
    {
      name: "private name inside a virtual network",
      code: pool({ address: "db.internal", virtual_network_id: "a5624d4e-044a-4ff0-b3e1-e2465353d4b4" }),
    },
    { name: "malformed addresses belong to pool/origin-address-format", code: pool({ address: "https://db" }) },
  ],
  invalid: [
    {
      name: "single-label name",
      code: '{"name": "web", "origins": [{"name": "o1", "address": "db1"}]}',
      errors: [
        {
          line: 1,
          column: 55,
          endColumn: 60,
          pointer: "/origins/0/address",
          message:
            'origin address "db1" cannot resolve in public DNS ("db1" is a single-label name), so its health ' +
            "checks fail to resolve it. Use the origin's fully qualified public hostname or its IP address",
        },
      ],
    },
    {
      name: ".local name in a bundle",
      code: { pools: [pool({ address: "printer.local" })] },
      errors: [{ pointer: "/pools/0/origins/0/address", message: /\("\.local" is not a public top-level domain\)/ }],
    },
    {
      name: "second origin in an API envelope",
      code: {
        success: true,
        result: { name: "web", origins: [{ address: "origin.example.com" }, { address: "app.corp" }] },
      },
      errors: [{ pointer: "/result/origins/1/address", message: /"app\.corp" cannot resolve/ }],
    },
  ],
});
