import rule from "../../../rules/spectrum/virtual-network-proxy-protocol.js";
import { testRule } from "../../rule-tester.js";

const VNET = "a5624d4e-044a-4ff0-b3e1-e2465353d4b4";
const app = (proxy_protocol: string, virtual_network_id: string | null = VNET) => ({
  protocol: "tcp/22",
  dns: { type: "CNAME", name: "ssh.example.com" },
  origin_direct: ["tcp://10.0.0.5:22"],
  proxy_protocol,
  ...(virtual_network_id === null ? {} : { virtual_network_id }),
});

testRule(rule, {
  valid: [
    { name: "off with a virtual network", code: app("off") },
    { name: "v1 without a virtual network", code: app("v1", null) },
    { name: "simple on a UDP app without a virtual network", code: { ...app("simple", null), protocol: "udp/22", origin_direct: ["udp://128.66.0.6:22"] } },
  ],
  invalid: [
    {
      name: "v2 with a virtual network",
      code: `{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://10.0.0.5:22"],\n  "virtual_network_id": "${VNET}",\n  "proxy_protocol": "v2"\n}`,
      errors: [
        {
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 25,
          pointer: "/proxy_protocol",
          message: 'proxy_protocol "v2" is not supported with a virtual network origin: set it to "off"',
        },
      ],
    },
    { name: "in a bundle", code: { spectrum_apps: [app("simple")] }, errors: [{ pointer: "/spectrum_apps/0/proxy_protocol" }] },
    { name: "in an API envelope", code: { success: true, errors: [], result: app("v1") }, errors: [{ pointer: "/result/proxy_protocol" }] },
  ],
});
