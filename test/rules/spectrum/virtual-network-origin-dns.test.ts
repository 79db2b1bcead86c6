import rule from "../../../rules/spectrum/virtual-network-origin-dns.js";
import { testRule } from "../../rule-tester.js";

const VNET = "a5624d4e-044a-4ff0-b3e1-e2465353d4b4";
const base = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" } };

testRule(rule, {
  valid: [
    { name: "a private origin with a virtual network", code: { ...base, origin_direct: ["tcp://10.0.0.5:22"], virtual_network_id: VNET } },
    { name: "origin_dns without a virtual network", code: { ...base, origin_dns: { name: "o.example.com" }, origin_port: 22 } },
    { name: "an empty virtual_network_id means none", code: { ...base, origin_dns: { name: "o.example.com" }, origin_port: 22, virtual_network_id: "" } },
  ],
  invalid: [
    {
      name: "origin_dns with a virtual network, at the origin_dns key",
      code: `{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_dns": {"name": "db.internal.example.com"},\n  "origin_port": 22,\n  "virtual_network_id": "${VNET}"\n}`,
      errors: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 15,
          pointer: "/origin_dns",
          message:
            'origin_dns cannot be used with virtual_network_id: a virtual network origin is one private IP; replace origin_dns with "origin_direct": ["tcp://<private IP>:<port>"]',
        },
      ],
    },
    {
      name: "in a bundle, whatever the id looks like",
      code: { spectrum_apps: [{ ...base, origin_dns: { name: "o.example.com" }, origin_port: 22, virtual_network_id: "vnet-prod" }] },
      errors: [{ pointer: "/spectrum_apps/0/origin_dns" }],
    },
    {
      name: "in an API envelope",
      code: { success: true, errors: [], result: { ...base, origin_dns: { name: "o.example.com", type: "SRV" }, virtual_network_id: VNET } },
      errors: [{ pointer: "/result/origin_dns" }],
    },
  ],
});
