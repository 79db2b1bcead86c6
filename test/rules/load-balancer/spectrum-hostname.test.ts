import rule from "../../../rules/load-balancer/spectrum-hostname.js";
import { testRule } from "../../rule-tester.js";

const lb = (name: string) => ({ name, proxied: true, default_pools: ["p1"], fallback_pool: "p1" });
const app = (name: string) => ({ protocol: "tcp/22", dns: { type: "CNAME", name }, origin_dns: { name: "lb.example.com" }, origin_port: 22 });

testRule(rule, {
  valid: [
    { name: "different hostnames (the documented pattern)", code: { load_balancers: [lb("lb.example.com")], spectrum_apps: [app("ssh.example.com")] } },
    { name: "no Spectrum applications", code: { load_balancers: [lb("ssh.example.com")] } },
    { name: "a subdomain is another name", code: { load_balancers: [lb("a.ssh.example.com")], spectrum_apps: [app("ssh.example.com")] } },
  ],
  invalid: [
    {
      name: "same hostname in a bundle",
      code: '{"load_balancers": [{"name": "ssh.example.com", "proxied": true, "default_pools": ["p1"], "fallback_pool": "p1"}],\n "spectrum_apps": [{"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "SSH.example.com."}, "origin_direct": ["tcp://192.0.2.1:22"]}]}',
      errors: [
        {
          line: 1,
          column: 30,
          endColumn: 47,
          pointer: "/load_balancers/0/name",
          message:
            'load balancer "ssh.example.com" has the same hostname as a Spectrum application; the load balancer takes ' +
            "precedence over the application's DNS record, so one of them never gets the traffic. Give the load balancer " +
            "its own hostname and point the application's origin_dns at it",
        },
      ],
    },
    {
      name: "across files, in the load balancer's file",
      files: { "apps.json": { success: true, result: [app("ssh.example.com")] }, "lb.json": lb("ssh.example.com") },
      errors: [{ file: "lb.json", pointer: "/name" }],
    },
  ],
});
