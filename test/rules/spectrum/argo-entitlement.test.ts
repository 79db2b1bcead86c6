import rule from "../../../rules/spectrum/argo-entitlement.js";
import { testRule } from "../../rule-tester.js";

const noArgo = { entitlements: { argo_smart_routing: false } };
const app = (argo_smart_routing: boolean) => ({
  protocol: "tcp/22",
  dns: { type: "CNAME", name: "ssh.example.com" },
  origin_direct: ["tcp://192.0.2.1:22"],
  argo_smart_routing,
});

testRule(rule, {
  valid: [
    { name: "Argo on an entitled account", code: app(true), account: { entitlements: { argo_smart_routing: true } } },
    { name: "Argo off on an account without it", code: app(false), account: noArgo },
    { name: "without the entitlement fact nothing is known", code: app(true) },
  ],
  invalid: [
    {
      name: "Argo on an account without it",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"],\n  "argo_smart_routing": true\n}',
      account: noArgo,
      errors: [
        {
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 29,
          pointer: "/argo_smart_routing",
          message:
            "Argo Smart Routing is not enabled for this account (account.entitlements.argo_smart_routing is false): set argo_smart_routing to false, or ask your account team to enable Argo",
        },
      ],
    },
    { name: "in a bundle", code: { spectrum_apps: [app(true)] }, account: noArgo, errors: [{ pointer: "/spectrum_apps/0/argo_smart_routing" }] },
    { name: "in an API envelope", code: { success: true, errors: [], result: app(true) }, account: noArgo, errors: [{ pointer: "/result/argo_smart_routing" }] },
  ],
});
