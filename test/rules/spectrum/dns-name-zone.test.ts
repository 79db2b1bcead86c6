import rule from "../../../rules/spectrum/dns-name-zone.js";
import { testRule } from "../../rule-tester.js";

const zones = { zones: ["example.com", "example.org"] };
const app = (name: string) => ({ protocol: "tcp/22", dns: { type: "CNAME", name }, origin_direct: ["tcp://192.0.2.1:22"] });

testRule(rule, {
  valid: [
    { name: "a name in a zone", code: app("ssh.example.com"), account: zones },
    { name: "the zone apex, with a trailing dot and capitals", code: app("Example.ORG."), account: zones },
    { name: "without account.zones nothing is known", code: app("ssh.example.net") },
  ],
  invalid: [
    {
      name: "a name outside every zone",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.net"},\n  "origin_direct": ["tcp://192.0.2.1:22"]\n}',
      account: zones,
      errors: [
        {
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 53,
          pointer: "/dns/name",
          message:
            '"ssh.example.net" is in none of the account\'s zones (example.com, example.org), so the name belongs to another zone: use a name inside the zone the application is created in',
        },
      ],
    },
    { name: "a look-alike suffix, in a bundle", code: { spectrum_apps: [app("ssh.notexample.com")] }, account: zones, errors: [{ pointer: "/spectrum_apps/0/dns/name" }] },
    { name: "in an API envelope", code: { success: true, errors: [], result: app("ssh.example.net") }, account: zones, errors: [{ pointer: "/result/dns/name" }] },
  ],
});
