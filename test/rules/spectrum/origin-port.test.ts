import rule from "../../../rules/spectrum/origin-port.js";
import { testRule } from "../../rule-tester.js";

const app = (protocol: string, origin_port: unknown) => ({
  protocol,
  dns: { type: "CNAME", name: "range.example.com" },
  origin_dns: { name: "origin.example.com", ttl: 1200 },
  origin_port,
});

testRule(rule, {
  valid: [
    { name: "the documented range example", code: app("tcp/1000-2000", "3000-4000") },
    { name: "a single integer port", code: app("tcp/22", 22) },
    { name: "one origin port behind an edge range", code: app("tcp/1000-2000", 3000) },
    { name: "a single port written as a string", code: app("tcp/22", "2222") },
    {
      name: "beside origin_direct, where the API ignores it, a mismatched range is not compared",
      code: { protocol: "tcp/22", dns: { name: "a.example.com" }, origin_direct: ["tcp://128.66.0.1:23"], origin_port: "3000-3001" },
    },
    { name: "no origin_port", code: { protocol: "tcp/22", dns: { name: "a.example.com" }, origin_direct: ["tcp://192.0.2.1:22"] } },
  ],
  invalid: [
    {
      name: "above 65535, at the value",
      code: '{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_dns": {"name": "origin.example.com"},\n  "origin_port": 65536\n}',
      errors: [
        {
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 23,
          pointer: "/origin_port",
          message: 'origin_port 65536: port 65536 is outside 1-65535; use a port 1-65535 or a range "start-end"',
        },
      ],
    },
    { name: "zero, even beside origin_direct", code: { ...app("tcp/22", 0), origin_dns: undefined, origin_direct: ["tcp://192.0.2.1:22"] }, errors: [{ message: /^origin_port 0: port 0 is outside 1-65535/ }] },
    { name: "not a port at all", code: app("tcp/22", "ssh"), errors: [{ message: /^origin_port "ssh": "ssh" is not a port or a port range/ }] },
    { name: "a reversed range", code: app("tcp/1000-2000", "4000-3000"), errors: [{ message: /port range 4000-3000 ends before it starts/ }] },
    {
      name: "a range one port short, in a bundle",
      code: { spectrum_apps: [app("tcp/1000-2000", "3000-3999")] },
      errors: [
        {
          pointer: "/spectrum_apps/0/origin_port",
          message:
            'origin_port "3000-3999" has 1000 ports but protocol "tcp/1000-2000" has 1001; each edge port goes to the origin port at the same offset, so give 1001 ports (3000-4000) or a single port',
        },
      ],
    },
    {
      name: "a range behind a single edge port, in an API envelope",
      code: { success: true, errors: [], result: app("tcp/22", "3000-3001") },
      errors: [{ pointer: "/result/origin_port", message: /a single edge port goes to a single origin port: use 3000$/ }],
    },
  ],
});
