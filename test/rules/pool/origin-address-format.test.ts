import rule from "../../../rules/pool/origin-address-format.js";
import { testRule, toText } from "../../rule-tester.js";

const pool = (address: string) => ({ name: "web", origins: [{ name: "o1", address }] });

testRule(rule, {
  valid: [
    { name: "IPv4", code: pool("192.0.2.10") },
    { name: "IPv6 without brackets", code: pool("2001:db8::10") },
    { name: "hostname with a trailing dot", code: pool("origin.example.com.") },
    { name: "a single-label name is well-formed (another rule judges whether it resolves)", code: pool("db1") },
    { name: "no address at all is not this rule's business", code: { name: "web", origins: [{ name: "o1" }] } },
  ],
  invalid: [
    {
      name: "URL with scheme and path",
      code: '{"name": "web", "origins": [{"name": "o1", "address": "https://origin.example.com/health"}]}',
      errors: [
        {
          line: 1,
          column: 55,
          endColumn: 90,
          pointer: "/origins/0/address",
          message:
            'origin address "https://origin.example.com/health" is not an IP address or hostname: drop the scheme ' +
            'and anything after the host: "origin.example.com"',
        },
      ],
      output: '{"name": "web", "origins": [{"name": "o1", "address": "origin.example.com"}]}',
    },
    {
      name: "spaces around a name",
      code: pool(" origin.example.com "),
      errors: [{ message: /remove the surrounding spaces: "origin.example.com"$/ }],
      output: toText(pool("origin.example.com")),
    },
    {
      name: "bracketed IPv6 without a port",
      code: pool("[2001:db8::1]"),
      errors: [{ message: /without brackets or port: "2001:db8::1"/ }],
      output: toText(pool("2001:db8::1")),
    },
    {
      name: "host with a port, in an API envelope",
      code: { success: true, errors: [], messages: [], result: pool("192.0.2.10:8080") },
      errors: [
        {
          pointer: "/result/origins/0/address",
          message:
            'origin address "192.0.2.10:8080" is not an IP address or hostname: give only the host, "192.0.2.10"; ' +
            `a port goes in the origin's "port" field and a path in the monitor's "path"`,
          // The port would be lost: the origin's "port" field should get it, which is the user's edit.
          suggestions: [{ desc: 'write "192.0.2.10"', output: toText({ success: true, errors: [], messages: [], result: pool("192.0.2.10") }) }],
        },
      ],
      output: null,
    },
    {
      name: "bracketed IPv6 in a bundle",
      code: { pools: [pool("[2001:db8::1]:443")] },
      errors: [
        {
          pointer: "/pools/0/origins/0/address",
          message: /without brackets or port: "2001:db8::1"/,
          suggestions: [{ desc: 'write "2001:db8::1"', output: toText({ pools: [pool("2001:db8::1")] }) }],
        },
      ],
      output: null,
    },
    {
      name: "empty label",
      code: pool("origin..example.com"),
      errors: [{ message: /must not have an empty label/ }],
    },
    {
      name: "IPv4 with a number out of range",
      code: pool("192.0.2.300"),
      errors: [{ message: /is not an IP address or hostname: an IPv4 address is four numbers from 0 to 255/ }],
    },
    {
      name: "empty string",
      code: pool(""),
      errors: [{ message: /give the origin's IP address or public hostname/ }],
    },
  ],
});
