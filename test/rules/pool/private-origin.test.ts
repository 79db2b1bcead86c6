import rule from "../../../rules/pool/private-origin.js";
import { testRule } from "../../rule-tester.js";

const pool = (origin: object) => ({ name: "web", origins: [{ name: "o1", ...origin }] });
const VNET = "a5624d4e-044a-4ff0-b3e1-e2465353d4b4";

testRule(rule, {
  valid: [
    { name: "private origin with a virtual network", code: pool({ address: "10.0.0.5", virtual_network_id: VNET }) },
    { name: "documentation range is not private", code: pool({ address: "192.0.2.10" }) },
    { name: "IPv6 documentation range is not private", code: pool({ address: "2001:db8::10" }) },
    { name: "hostname", code: pool({ address: "origin.example.com" }) },
    { name: "just outside 172.16.0.0/12", code: pool({ address: "172.32.0.1" }) },
  ],
  invalid: [
    {
      name: "RFC 1918 address without a virtual network",
      code: '{"name": "web", "origins": [{"name": "o1", "address": "10.0.0.5"}]}',
      errors: [
        {
          line: 1,
          column: 55,
          endColumn: 65,
          pointer: "/origins/0/address",
          message:
            'origin address 10.0.0.5 is a private address and the origin has no "virtual_network_id": the API ' +
            "requires one for internal addresses, and without it Cloudflare has no path to the origin (health " +
            'checks fail with "No route to host" or "Network Unreachable"). Add the virtual network (Cloudflare ' +
            "Tunnel) that reaches it, or use the origin's public address",
        },
      ],
    },
    {
      name: "unique-local IPv6 in a bundle",
      code: { pools: [pool({ address: "fd00::5" })] },
      errors: [{ pointer: "/pools/0/origins/0/address", message: /^origin address fd00::5 is a unique-local address/ }],
    },
    {
      name: "unspecified and CGNAT addresses in an API envelope",
      code: {
        success: true,
        result: { name: "web", origins: [{ address: "0.0.0.0" }, { address: "100.64.1.1" }] },
      },
      errors: [
        { pointer: "/result/origins/0/address", message: /is an unspecified address/ },
        { pointer: "/result/origins/1/address", message: /is a carrier-grade NAT address/ },
      ],
    },
    { name: "loopback", code: pool({ address: "127.0.0.1" }), errors: [{ message: /is a loopback address/ }] },
    {
      name: "the rest of 0.0.0.0/8 is not the unspecified address",
      code: pool({ address: "0.0.0.1" }),
      errors: [{ message: /^origin address 0\.0\.0\.1 is a "this network" \(0\.0\.0\.0\/8\) address and the origin has no "virtual_network_id"/ }],
    },
  ],
});
