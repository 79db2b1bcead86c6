import rule from "../../../rules/spectrum/origin-dns-zone.js";
import { testRule } from "../../rule-tester.js";

const zones = { zones: ["example.com", "example.org"] };
const app = (name: string, origin: string) => ({
  protocol: "tcp/22",
  dns: { type: "CNAME", name },
  origin_dns: { name: origin, ttl: 1200 },
  origin_port: 22,
});

testRule(rule, {
  valid: [
    { name: "an origin record in the app's zone", code: app("spectrum-cname.example.com", "cname-to-origin.example.com"), account: zones },
    { name: "a load balancer hostname in the app's zone", code: app("ssh.example.org", "lb.example.org"), account: zones },
    { name: "without account.zones nothing is known", code: app("ssh.example.com", "origin.example.net") },
    { name: "an app outside every zone is spectrum/dns-name-zone's finding", code: app("ssh.example.net", "origin.example.com"), account: zones },
  ],
  invalid: [
    {
      name: "an origin in another of the account's zones",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_dns": {"name": "origin.example.org"},\n  "origin_port": 22\n}',
      account: zones,
      errors: [
        {
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 46,
          pointer: "/origin_dns/name",
          message:
            'origin "origin.example.org" is outside the application\'s zone example.com: move the origin record or load balancer into example.com, or point origin_direct at its IP',
        },
      ],
    },
    { name: "an origin outside every zone, in a bundle", code: { spectrum_apps: [app("ssh.example.com", "origin.example.net")] }, account: zones, errors: [{ pointer: "/spectrum_apps/0/origin_dns/name" }] },
    {
      name: "a subdomain that is a zone of its own, in an API envelope",
      code: { success: true, errors: [], result: app("ssh.example.com", "origin.eu.example.com") },
      account: { zones: ["example.com", "eu.example.com"] },
      errors: [{ pointer: "/result/origin_dns/name", message: /outside the application's zone example\.com/ }],
    },
  ],
});
