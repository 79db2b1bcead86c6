import rule from "../../../rules/spectrum/argo-traffic-type.js";
import { testRule } from "../../rule-tester.js";

const app = (traffic_type: string | null, argo_smart_routing = true) => ({
  protocol: "tcp/443",
  dns: { type: "CNAME", name: "app.example.com" },
  origin_direct: ["tcp://192.0.2.1:443"],
  argo_smart_routing,
  ...(traffic_type === null ? {} : { traffic_type }),
});

testRule(rule, {
  valid: [
    { name: "Argo with direct traffic", code: app("direct") },
    { name: "Argo with the default traffic type", code: app(null) },
    { name: "https traffic without Argo", code: app("https", false) },
    { name: "Argo on a UDP app with direct traffic", code: { ...app("direct"), protocol: "udp/53", origin_direct: ["udp://192.0.2.1:53"] } },
  ],
  invalid: [
    {
      name: "Argo with https traffic, even on an entitled account",
      code: '{\n  "protocol": "tcp/443",\n  "dns": {"type": "CNAME", "name": "app.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:443"],\n  "traffic_type": "https",\n  "argo_smart_routing": true\n}',
      account: { entitlements: { argo_smart_routing: true } },
      errors: [
        {
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 29,
          pointer: "/argo_smart_routing",
          message: 'Argo Smart Routing is available only with traffic_type "direct", not "https": set argo_smart_routing to false, or traffic_type to "direct"',
        },
      ],
    },
    { name: "http traffic, in a bundle", code: { spectrum_apps: [app("http")] }, errors: [{ pointer: "/spectrum_apps/0/argo_smart_routing", message: /not "http"/ }] },
    { name: "worker traffic, in an API envelope", code: { success: true, errors: [], result: app("worker") }, errors: [{ pointer: "/result/argo_smart_routing", message: /not "worker"/ }] },
  ],
});
