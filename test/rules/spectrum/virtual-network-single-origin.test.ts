import rule from "../../../rules/spectrum/virtual-network-single-origin.js";
import { testRule } from "../../rule-tester.js";

const VNET = "a5624d4e-044a-4ff0-b3e1-e2465353d4b4";
const app = (origin_direct: string[], virtual_network_id?: string) => ({
  protocol: "tcp/22",
  dns: { type: "CNAME", name: "ssh.example.com" },
  origin_direct,
  ...(virtual_network_id === undefined ? {} : { virtual_network_id }),
});

testRule(rule, {
  valid: [
    { name: "a private origin with a virtual network", code: app(["tcp://10.0.0.5:22"], VNET) },
    { name: "several origins without a virtual network", code: app(["tcp://192.0.2.1:22", "tcp://192.0.2.2:22"]) },
    { name: "several origins with an empty virtual_network_id", code: app(["tcp://192.0.2.1:22", "tcp://192.0.2.2:22"], "") },
  ],
  invalid: [
    {
      name: "two origins, at origin_direct",
      code: `{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://10.0.0.5:22", "tcp://10.0.0.6:22"],\n  "virtual_network_id": "${VNET}"\n}`,
      errors: [
        {
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 62,
          pointer: "/origin_direct",
          message: "origin_direct lists 2 origins, but a virtual network origin is a single private IP and port: keep one entry",
        },
      ],
    },
    { name: "in a bundle", code: { spectrum_apps: [app(["tcp://10.0.0.5:22", "tcp://10.0.0.6:22", "tcp://10.0.0.7:22"], VNET)] }, errors: [{ pointer: "/spectrum_apps/0/origin_direct", message: /lists 3 origins/ }] },
    { name: "in an API envelope", code: { success: true, errors: [], result: app(["udp://10.0.0.5:53", "udp://10.0.0.6:53"], VNET) }, errors: [{ pointer: "/result/origin_direct" }] },
  ],
});
