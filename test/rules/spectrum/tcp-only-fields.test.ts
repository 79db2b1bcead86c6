import rule from "../../../rules/spectrum/tcp-only-fields.js";
import { testRule } from "../../rule-tester.js";

const udp = { protocol: "udp/27015", dns: { type: "CNAME", name: "game.example.com" }, origin_direct: ["udp://192.0.2.1:27015"] };
const tcp = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] };

testRule(rule, {
  valid: [
    { name: "ip_firewall and TLS on TCP", code: { ...tcp, ip_firewall: true, tls: "full" } },
    { name: "UDP with ip_firewall false and tls off", code: { ...udp, ip_firewall: false, tls: "off" } },
    { name: "UDP with the PROXY protocol", code: { ...udp, proxy_protocol: "simple" } },
  ],
  invalid: [
    {
      name: "ip_firewall on UDP",
      code: '{\n  "protocol": "udp/27015",\n  "dns": {"type": "CNAME", "name": "game.example.com"},\n  "origin_direct": ["udp://192.0.2.1:27015"],\n  "ip_firewall": true\n}',
      errors: [
        {
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 22,
          pointer: "/ip_firewall",
          message: 'ip_firewall applies only to TCP applications and protocol "udp/27015" is UDP: remove it or set it to false',
        },
      ],
    },
    {
      name: "both, in a bundle",
      code: { spectrum_apps: [{ ...udp, ip_firewall: true, tls: "strict" }] },
      errors: [
        { pointer: "/spectrum_apps/0/ip_firewall" },
        { pointer: "/spectrum_apps/0/tls", message: 'edge TLS termination applies only to TCP applications and protocol "udp/27015" is UDP: set tls to "off"' },
      ],
    },
    { name: "flexible TLS on UDP, in an API envelope", code: { success: true, errors: [], result: { ...udp, tls: "flexible" } }, errors: [{ pointer: "/result/tls" }] },
  ],
});
