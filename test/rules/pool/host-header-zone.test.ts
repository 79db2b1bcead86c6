import rule from "../../../rules/pool/host-header-zone.js";
import { testRule } from "../../rule-tester.js";

const pool = (address: string, host: string) => ({
  name: "web",
  origins: [{ name: "o1", address, header: { Host: [host] } }],
});
const account = { zones: ["example.com", "example.net"] };

testRule(rule, {
  valid: [
    { name: "zones unknown: silent", code: pool("192.0.2.10", "www.other.org") },
    { name: "Host equal to the origin address", code: pool("origin.other.org", "origin.other.org"), account },
    { name: "Host equal to the origin IP", code: pool("2001:db8::10", "2001:DB8::10"), account },
    { name: "Host in the second of two zones", code: pool("192.0.2.10", "app.example.net"), account },
    { name: "Host several levels below a zone", code: pool("192.0.2.10", "a.b.c.example.com"), account },
    { name: "the zone apex itself", code: pool("192.0.2.10", "Example.com."), account },
    { name: "a Host with a port", code: pool("192.0.2.10", "app.example.com:8443"), account },
    { name: "an IPv6 Host in brackets, as HTTP writes it, equal to the origin IP", code: pool("2001:db8::10", "[2001:DB8::10]:8443"), account },
  ],
  invalid: [
    {
      name: "Host outside every zone",
      code: '{"name": "web", "origins": [{"address": "192.0.2.10", "header": {"Host": ["www.other.org"]}}]}',
      account,
      errors: [
        {
          line: 1,
          column: 75,
          endColumn: 90,
          pointer: "/origins/0/header/Host/0",
          message:
            'Host header "www.other.org" not allowed for origin domain "192.0.2.10": it is in none of the account\'s ' +
            "zones (example.com, example.net) and differs from the origin address, so the API refuses it unless it " +
            "publicly resolves to that address. Use a name in one of the zones, or the origin address itself",
        },
      ],
    },
    {
      name: "a name that only ends like a zone, in a bundle",
      code: { pools: [pool("origin.example.org", "notexample.com")] },
      account,
      errors: [{ pointer: "/pools/0/origins/0/header/Host/0", message: /^Host header "notexample\.com" not allowed for origin domain "origin\.example\.org"/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, result: pool("192.0.2.10", "www.example.org") },
      account,
      errors: [{ pointer: "/result/origins/0/header/Host/0" }],
    },
  ],
});
