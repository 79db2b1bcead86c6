import rule from "../../../rules/pool/duplicate-origin.js";
import { testRule } from "../../rule-tester.js";

const pool = (...origins: object[]) => ({ name: "web", origins });

testRule(rule, {
  valid: [
    { name: "distinct names and addresses", code: pool({ name: "a", address: "192.0.2.1" }, { name: "b", address: "192.0.2.2" }) },
    { name: "names differ only in case", code: pool({ name: "web", address: "192.0.2.1" }, { name: "Web", address: "192.0.2.2" }) },
    {
      name: "the same address in two different pools",
      code: { pools: [pool({ name: "a", address: "192.0.2.1" }), pool({ name: "a", address: "192.0.2.1" })] },
    },
  ],
  invalid: [
    {
      name: "repeated address, even with another port",
      code: '{"name": "web", "origins": [{"name": "a", "address": "192.0.2.1"}, {"name": "b", "address": "192.0.2.1", "port": 8080}]}',
      errors: [
        {
          line: 1,
          column: 93,
          endColumn: 104,
          pointer: "/origins/1/address",
          message:
            'origin address "192.0.2.1" is already used by origins[0]; an address may appear only once in a pool, ' +
            "even with another port or virtual network. Remove one, or move it to another pool",
        },
      ],
    },
    {
      name: "IPv6 spelled two ways, and hostnames in different case, in a bundle",
      code: {
        pools: [
          pool(
            { name: "a", address: "2001:db8::1" },
            { name: "b", address: "2001:DB8:0::1" },
            { name: "c", address: "Origin.example.com" },
            { name: "d", address: "origin.example.com." },
          ),
        ],
      },
      errors: [
        { pointer: "/pools/0/origins/1/address", message: /already used by origins\[0\]/ },
        { pointer: "/pools/0/origins/3/address", message: /already used by origins\[2\]/ },
      ],
    },
    {
      name: "repeated name in an API envelope",
      code: { success: true, result: pool({ name: "web-1", address: "192.0.2.1" }, { name: "web-1", address: "192.0.2.2" }) },
      errors: [
        {
          pointer: "/result/origins/1/name",
          message: 'origin name "web-1" is already used by origins[0]; names must be unique within a pool. Rename one of them',
        },
      ],
    },
  ],
});
