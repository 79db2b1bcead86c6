import rule from "../../../rules/spectrum/virtual-network-id.js";
import { testRule } from "../../rule-tester.js";

const app = (virtual_network_id: unknown) => ({
  protocol: "tcp/22",
  dns: { type: "CNAME", name: "ssh.example.com" },
  origin_direct: ["tcp://10.0.0.5:22"],
  virtual_network_id,
});

testRule(rule, {
  valid: [
    { name: "a UUID", code: app("a5624d4e-044a-4ff0-b3e1-e2465353d4b4") },
    { name: "a UUID in capitals", code: app("A5624D4E-044A-4FF0-B3E1-E2465353D4B4") },
    { name: "an empty id means no virtual network", code: app("") },
  ],
  invalid: [
    {
      name: "a virtual network's name instead of its id",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://10.0.0.5:22"],\n  "virtual_network_id": "vnet-prod"\n}',
      errors: [
        {
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 36,
          pointer: "/virtual_network_id",
          message:
            'virtual_network_id "vnet-prod" is not a UUID: use the id of the virtual network (8-4-4-4-12 hexadecimal digits, as the virtual networks API lists it), not its name',
        },
      ],
    },
    { name: "a UUID without dashes, in a bundle", code: { spectrum_apps: [app("a5624d4e044a4ff0b3e1e2465353d4b4")] }, errors: [{ pointer: "/spectrum_apps/0/virtual_network_id" }] },
    { name: "in an API envelope", code: { success: true, errors: [], result: app("a5624d4e-044a-4ff0-b3e1") }, errors: [{ pointer: "/result/virtual_network_id" }] },
  ],
});
