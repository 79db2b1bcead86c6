import rule from "../../../rules/spectrum/payg-fields.js";
import { testRule } from "../../rule-tester.js";

const payg = { spectrum: "payg" as const };
const three = { protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] };

testRule(rule, {
  valid: [
    { name: "a Pay-as-you-go app with exactly the three fields", code: three, account: payg },
    { name: "a stored Pay-as-you-go app with its read-only fields", code: { id: "ea95132c15732412d22c1476fa83f27a", ...three, created_on: "2024-01-02T02:20:00Z", modified_on: "2024-01-02T02:20:00Z" }, account: payg },
    { name: "the full configuration on an Enterprise account", code: { ...three, tls: "full", ip_firewall: true }, account: { spectrum: "enterprise" } },
    { name: "without account.spectrum nothing is known", code: { ...three, tls: "full" } },
  ],
  invalid: [
    {
      name: "an Enterprise field on Pay-as-you-go, at its key",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"],\n  "tls": "full"\n}',
      account: payg,
      errors: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 8,
          pointer: "/tls",
          message:
            '"tls" is not accepted on a Pay-as-you-go account, which takes only protocol, dns and origin_direct: remove it, or ask your account team to enable Spectrum as a paid add-on for the full configuration',
        },
      ],
    },
    {
      name: "every extra field, in a bundle",
      code: { spectrum_apps: [{ protocol: "tcp/22", dns: { type: "CNAME", name: "ssh.example.com" }, origin_dns: { name: "o.example.com" }, origin_port: 22, traffic_type: "direct" }] },
      account: payg,
      errors: [{ pointer: "/spectrum_apps/0/origin_dns" }, { pointer: "/spectrum_apps/0/origin_port" }, { pointer: "/spectrum_apps/0/traffic_type" }],
    },
    {
      name: "an unknown field inside dns, in an API envelope",
      code: { success: true, errors: [], result: { ...three, dns: { type: "CNAME", name: "ssh.example.com", proxied: true } } },
      account: payg,
      errors: [{ pointer: "/result/dns/proxied", message: '"dns.proxied" is not accepted on a Pay-as-you-go account, where dns holds only name and type: remove it' }],
    },
  ],
});
