import rule from "../../../rules/spectrum/virtual-network-port-range.js";
import { testRule } from "../../rule-tester.js";

const VNET = "a5624d4e-044a-4ff0-b3e1-e2465353d4b4";
const base = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" }, virtual_network_id: VNET };

testRule(rule, {
  valid: [
    { name: "a private origin with a single port", code: { ...base, origin_direct: ["tcp://10.0.0.5:22"] } },
    { name: "a port range without a virtual network", code: { ...base, protocol: "tcp/1000-1001", virtual_network_id: undefined, origin_direct: ["tcp://10.0.0.5:2000-2001"] } },
    { name: "a range written with one port", code: { ...base, origin_direct: ["tcp://10.0.0.5:22-22"] } },
  ],
  invalid: [
    {
      name: "a range in the origin_direct address",
      code: `{\n  "protocol": "tcp/1000-1001",\n  "dns": {"type": "CNAME", "name": "range.example.com"},\n  "origin_direct": ["tcp://10.0.0.5:2000-2001"],\n  "virtual_network_id": "${VNET}"\n}`,
      errors: [
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 47,
          pointer: "/origin_direct/0",
          message:
            "tcp://10.0.0.5:2000-2001 has the port range 2000-2001; virtual network origins take a single port: use one port, and one application per port",
        },
      ],
    },
    {
      name: "a range in origin_port, in a bundle",
      code: { spectrum_apps: [{ ...base, protocol: "tcp/1000-1001", origin_dns: { name: "o.example.com" }, origin_port: "2000-2001" }] },
      errors: [{ pointer: "/spectrum_apps/0/origin_port", message: /^origin_port "2000-2001" is a port range; / }],
    },
    {
      name: "in an API envelope",
      code: { success: true, errors: [], result: { ...base, protocol: "udp/1000-1001", origin_direct: ["udp://[fd00::5]:2000-2001"] } },
      errors: [{ pointer: "/result/origin_direct/0" }],
    },
  ],
});
