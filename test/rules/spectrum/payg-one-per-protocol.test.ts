import rule from "../../../rules/spectrum/payg-one-per-protocol.js";
import { testRule } from "../../rule-tester.js";

const payg = { spectrum: "payg" as const };
const app = (protocol: string, name: string, origin = "tcp://192.0.2.1:22") => ({ protocol, dns: { type: "CNAME", name }, origin_direct: [origin] });

testRule(rule, {
  valid: [
    { name: "distinct protocols on Pay-as-you-go", code: { spectrum_apps: [app("tcp/22", "ssh.example.com"), app("tcp/25565", "mc.example.com")] }, account: payg },
    { name: "one SSH app in each of two zones", code: { spectrum_apps: [app("tcp/22", "ssh.example.com"), app("tcp/22", "ssh.example.org")] }, account: payg },
    { name: "several apps per protocol on Enterprise", code: { spectrum_apps: [app("tcp/22", "a.example.com"), app("tcp/22", "b.example.com")] }, account: { spectrum: "enterprise" } },
    {
      name: "one application twice: a body and its stored copy (the same id)",
      files: {
        "ssh.json": { id: "ea95132c15732412d22c1476fa83f27a", ...app("tcp/22", "ssh.example.com") },
        "stored.json": { success: true, errors: [], result: { id: "ea95132c15732412d22c1476fa83f27a", ...app("tcp/22", "ssh.example.com") } },
      },
      account: payg,
    },
    { name: "without account.spectrum nothing is known", code: { spectrum_apps: [app("tcp/22", "a.example.com"), app("tcp/22", "b.example.com")] } },
  ],
  invalid: [
    {
      name: "two SSH apps in one zone: the second is reported, naming the first",
      code: { spectrum_apps: [app("tcp/22", "ssh.example.com"), app("tcp/22", "ssh2.example.com")] },
      account: payg,
      errors: [
        {
          pointer: "/spectrum_apps/1/protocol",
          line: 14,
          column: 19,
          message:
            'protocol "tcp/22" on example.com already has an application (test.json /spectrum_apps/0), and Pay-as-you-go allows one per protocol: merge them, or enable Spectrum as a paid add-on',
        },
      ],
    },
    {
      name: "the same protocol by name and by port, across files (one an API envelope)",
      files: {
        "ssh.json": app("tcp/22", "ssh.example.co.uk"),
        "stored.json": { success: true, errors: [], result: app("ssh", "bastion.example.co.uk") },
      },
      account: payg,
      errors: [{ file: "stored.json", pointer: "/result/protocol", message: /^protocol "ssh" on example\.co\.uk already has an application \(ssh\.json\)/ }],
    },
  ],
});
