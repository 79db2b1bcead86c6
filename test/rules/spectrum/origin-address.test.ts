import rule from "../../../rules/spectrum/origin-address.js";
import { testRule } from "../../rule-tester.js";

const app = (...origin_direct: string[]) => ({
  protocol: "tcp/443",
  dns: { type: "CNAME", name: "tls.example.com" },
  origin_direct,
});

testRule(rule, {
  valid: [
    { name: "IPv4 and port", code: app("tcp://192.0.2.1:443") },
    { name: "bracketed IPv6", code: app("tcp://[2001:db8::1]:443") },
    { name: "bracketed IPv6 with a port range", code: app("tcp://[2001:db8::1]:3000-4000") },
    { name: "IPv4 with a port range", code: app("tcp://192.0.2.1:3000-4000") },
    { name: "udp scheme", code: app("udp://192.0.2.1:53") },
    { name: "a hostname the API resolves", code: app("tcp://origin.example.com:443") },
    { name: "no origin_direct at all", code: { protocol: "tcp/22", dns: { name: "a.example.com" }, origin_dns: { name: "o.example.com" } } },
  ],
  invalid: [
    {
      name: "unbracketed IPv6, with the bracketed form in the message",
      code: '{\n  "protocol": "tcp/443",\n  "dns": {"type": "CNAME", "name": "tls.example.com"},\n  "origin_direct": ["tcp://2001:db8::11:443"]\n}',
      errors: [
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 45,
          pointer: "/origin_direct/0",
          message: "tcp://2001:db8::11:443: IPv6 address needs brackets: tcp://[2001:db8::11]:443",
        },
      ],
    },
    {
      name: "unbracketed IPv6 without a port",
      code: app("tcp://2001:db8::1"),
      errors: [{ pointer: "/origin_direct/0", message: "tcp://2001:db8::1: IPv6 address needs brackets and a port: tcp://[2001:db8::1]:<port>" }],
    },
    {
      name: "only the bad entry of several",
      code: app("tcp://192.0.2.1:443", "tcp://fe80::1:443"),
      errors: [{ pointer: "/origin_direct/1" }],
    },
    { name: "no scheme", code: app("192.0.2.1:443"), errors: [{ message: /has no scheme/ }] },
    { name: "unknown scheme", code: app("http://192.0.2.1:443"), errors: [{ message: /unknown scheme "http:\/\/"/ }] },
    { name: "no port", code: app("tcp://192.0.2.1"), errors: [{ message: /needs a port/ }] },
    { name: "port out of range", code: app("tcp://192.0.2.1:70000"), errors: [{ message: /port 70000 is outside 1-65535/ }] },
    { name: "invalid IPv4", code: app("tcp://192.0.2.300:22"), errors: [{ message: /"192.0.2.300" is not a valid IPv4 address/ }] },
    { name: "bad IPv6 in brackets", code: app("tcp://[2001:db8::zz]:22"), errors: [{ message: /not a valid IPv6 address/ }] },
  ],
});
