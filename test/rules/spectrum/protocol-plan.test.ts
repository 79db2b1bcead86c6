import rule from "../../../rules/spectrum/protocol-plan.js";
import { testRule } from "../../rule-tester.js";

const app = (protocol: string) => ({ protocol, dns: { type: "CNAME", name: "app.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] });
const pro = { plan: "pro" as const };
const business = { plan: "business" as const };

testRule(rule, {
  valid: [
    { name: "SSH on Pro", code: app("tcp/22"), account: pro },
    { name: "Minecraft on Pro", code: app("tcp/25565"), account: pro },
    { name: "RDP on Business, by name", code: app("rdp"), account: business },
    { name: "any UDP port on Enterprise", code: app("udp/27015"), account: { plan: "enterprise" } },
    { name: "without account.plan nothing is known", code: app("udp/27015") },
    { name: "a malformed protocol is another rule's finding", code: app("tcp/70000"), account: pro },
  ],
  invalid: [
    {
      name: "RDP on Pro",
      code: '{\n  "protocol": "tcp/3389",\n  "dns": {"type": "CNAME", "name": "rdp.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:3389"]\n}',
      account: pro,
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 25, pointer: "/protocol", message: 'protocol "tcp/3389" is not available: RDP needs a Business plan or higher' }],
    },
    {
      name: "UDP on Business, in a bundle",
      code: { spectrum_apps: [app("udp/25565")] },
      account: business,
      errors: [
        {
          pointer: "/spectrum_apps/0/protocol",
          message:
            'protocol "udp/25565" is not available: the Business plan offers only SSH (tcp/22), Minecraft (tcp/25565), RDP (tcp/3389); other TCP and UDP ports need Enterprise',
        },
      ],
    },
    {
      name: "another TCP port on Pro, in an API envelope",
      code: { success: true, errors: [], result: app("tcp/2222") },
      account: pro,
      errors: [{ pointer: "/result/protocol", message: /the Pro plan offers only SSH \(tcp\/22\), Minecraft \(tcp\/25565\);/ }],
    },
    { name: "a port range on Business", code: app("tcp/22-23"), account: business, errors: [{ message: /^protocol "tcp\/22-23" is not available/ }] },
  ],
});
