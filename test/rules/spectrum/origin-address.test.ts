import rule from "../../../rules/spectrum/origin-address.js";
import { testRule, toText } from "../../rule-tester.js";

const app = (...origin_direct: string[]) => ({
  protocol: "tcp/443",
  dns: { type: "CNAME", name: "tls.example.com" },
  origin_direct,
});
const onProtocol = (protocol: string, ...origin_direct: string[]) => ({ ...app(...origin_direct), protocol });

testRule(rule, {
  valid: [
    { name: "IPv4 and port", code: app("tcp://192.0.2.1:443") },
    { name: "bracketed IPv6", code: app("tcp://[2001:db8::1]:443") },
    { name: "bracketed IPv6 with a port range", code: onProtocol("tcp/1000-2000", "tcp://[2001:db8::1]:3000-4000") },
    { name: "IPv4 with a port range as long as the edge's", code: onProtocol("tcp/1000-2000", "tcp://192.0.2.1:3000-4000") },
    { name: "one origin port behind an edge range", code: onProtocol("tcp/1000-2000", "tcp://192.0.2.1:3000") },
    { name: "udp scheme on a udp protocol", code: onProtocol("udp/53", "udp://192.0.2.1:53") },
    { name: "a selected protocol by name", code: onProtocol("ssh", "tcp://192.0.2.1:22") },
    { name: "a malformed protocol is another rule's finding", code: onProtocol("tcp", "udp://192.0.2.1:53") },
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
      output: '{\n  "protocol": "tcp/443",\n  "dns": {"type": "CNAME", "name": "tls.example.com"},\n  "origin_direct": ["tcp://[2001:db8::11]:443"]\n}',
    },
    {
      name: "unbracketed IPv6 without a port",
      code: app("tcp://2001:db8::1"),
      errors: [{ pointer: "/origin_direct/0", message: "tcp://2001:db8::1: IPv6 address needs brackets and a port: tcp://[2001:db8::1]:<port>" }],
      // The port is not in the entry: the last group may be part of the address.
      output: null,
    },
    {
      name: "only the bad entry of several",
      code: app("tcp://192.0.2.1:443", "tcp://fe80::1:443"),
      errors: [{ pointer: "/origin_direct/1" }],
      output: toText(app("tcp://192.0.2.1:443", "tcp://[fe80::1]:443")),
    },
    { name: "no scheme: the protocol's", code: app("192.0.2.1:443"), errors: [{ message: /has no scheme/ }], output: toText(app("tcp://192.0.2.1:443")) },
    {
      name: "no scheme and no readable protocol: tcp or udp is a choice",
      code: onProtocol("tcp", "192.0.2.1:443"),
      errors: [
        {
          message: /has no scheme/,
          suggestions: [
            { desc: 'write "tcp://192.0.2.1:443"', output: toText(onProtocol("tcp", "tcp://192.0.2.1:443")) },
            { desc: 'write "udp://192.0.2.1:443"', output: toText(onProtocol("tcp", "udp://192.0.2.1:443")) },
          ],
        },
      ],
      output: null,
    },
    { name: "unknown scheme", code: app("http://192.0.2.1:443"), errors: [{ message: /unknown scheme "http:\/\/"/ }] },
    { name: "no port", code: app("tcp://192.0.2.1"), errors: [{ message: /needs a port/ }] },
    { name: "port out of range", code: app("tcp://192.0.2.1:70000"), errors: [{ message: /port 70000 is outside 1-65535/ }] },
    { name: "invalid IPv4", code: app("tcp://192.0.2.300:22"), errors: [{ message: /"192.0.2.300" is not a valid IPv4 address/ }] },
    { name: "bad IPv6 in brackets", code: app("tcp://[2001:db8::zz]:22"), errors: [{ message: /not a valid IPv6 address/ }] },
    {
      name: "a udp:// origin on a TCP application, with the repaired entry",
      code: app("udp://192.0.2.1:443"),
      errors: [{ pointer: "/origin_direct/0", message: 'udp://192.0.2.1:443: the scheme is udp:// but protocol "tcp/443" is TCP: use tcp://192.0.2.1:443' }],
      output: toText(app("tcp://192.0.2.1:443")),
    },
    {
      name: "a tcp:// origin on a UDP application, in a bundle",
      code: { spectrum_apps: [onProtocol("udp/53", "udp://192.0.2.1:53", "tcp://[2001:db8::1]:53")] },
      errors: [{ pointer: "/spectrum_apps/0/origin_direct/1", message: /use udp:\/\/\[2001:db8::1\]:53$/ }],
      output: toText({ spectrum_apps: [onProtocol("udp/53", "udp://192.0.2.1:53", "udp://[2001:db8::1]:53")] }),
    },
    {
      name: "an origin range shorter than the edge range",
      code: onProtocol("tcp/1000-2000", "tcp://192.0.2.1:3000-3999"),
      errors: [
        {
          pointer: "/origin_direct/0",
          message:
            'tcp://192.0.2.1:3000-3999: the origin range 3000-3999 has 1000 ports but protocol "tcp/1000-2000" has 1001; each edge port goes to the origin port at the same offset, so give 1001 ports (3000-4000) or a single port',
          suggestions: [{ desc: "use ports 3000-4000", output: toText(onProtocol("tcp/1000-2000", "tcp://192.0.2.1:3000-4000")) }],
        },
      ],
      output: null,
    },
    {
      name: "an origin range behind a single edge port, in an API envelope",
      code: { success: true, errors: [], messages: [], result: onProtocol("tcp/22", "tcp://[2001:db8::1]:3000-3001") },
      errors: [
        {
          pointer: "/result/origin_direct/0",
          message: /has 2 ports but protocol "tcp\/22" has 1; a single edge port goes to a single origin port: use 3000$/,
          suggestions: [
            {
              desc: "use ports 3000",
              output: toText({ success: true, errors: [], messages: [], result: onProtocol("tcp/22", "tcp://[2001:db8::1]:3000") }),
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
