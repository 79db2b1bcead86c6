import rule from "../../../rules/spectrum/protocol.js";
import { testRule } from "../../rule-tester.js";

const app = (protocol: string) => ({ protocol, dns: { type: "CNAME", name: "app.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] });

testRule(rule, {
  valid: [
    { name: "a TCP port", code: app("tcp/22") },
    { name: "a UDP port", code: app("udp/27015") },
    { name: "a TCP range", code: app("tcp/1000-2000") },
    { name: "a selected protocol by name, as the API reports it", code: app("rdp") },
    { name: "the highest port", code: app("tcp/65535") },
  ],
  invalid: [
    {
      name: "a port above 65535",
      code: '{\n  "protocol": "tcp/70000",\n  "dns": {"type": "CNAME", "name": "app.example.com"},\n  "origin_direct": ["tcp://192.0.2.1:22"]\n}',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 26, pointer: "/protocol", message: 'protocol "tcp/70000": port 70000 is outside 1-65535' }],
    },
    { name: "port 0, in a bundle", code: { spectrum_apps: [app("udp/0")] }, errors: [{ pointer: "/spectrum_apps/0/protocol", message: 'protocol "udp/0": port 0 is outside 1-65535' }] },
    { name: "no port", code: app("tcp"), errors: [{ message: 'protocol "tcp": expected <tcp|udp>/<port or range>, e.g. tcp/22' }] },
    { name: "an unknown transport, in an API envelope", code: { success: true, errors: [], result: app("sctp/22") }, errors: [{ pointer: "/result/protocol", message: 'protocol "sctp/22": "sctp" is not a transport: use tcp or udp' }] },
    { name: "a reversed range", code: app("tcp/2000-1000"), errors: [{ message: /port range 2000-1000 ends before it starts/ }] },
  ],
});
