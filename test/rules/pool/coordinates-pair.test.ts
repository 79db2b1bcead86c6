import rule from "../../../rules/pool/coordinates-pair.js";
import { testRule } from "../../rule-tester.js";

const origins = [{ name: "a", address: "192.0.2.1" }];

testRule(rule, {
  valid: [
    { name: "both set", code: { name: "web", origins, latitude: 51.5, longitude: -0.12 } },
    { name: "neither set", code: { name: "web", origins } },
    { name: "zero is a coordinate", code: { name: "web", origins, latitude: 0, longitude: 0 } },
  ],
  invalid: [
    {
      name: "latitude alone: pointed at its key",
      code: '{\n  "name": "web",\n  "origins": [],\n  "latitude": 51.5\n}',
      errors: [
        {
          line: 4,
          column: 3,
          endColumn: 13,
          pointer: "/latitude",
          message: "latitude is set without longitude; the API accepts the coordinates only as a pair. Add longitude, or remove latitude",
        },
      ],
    },
    {
      name: "longitude alone, in a bundle",
      code: { pools: [{ name: "web", origins, longitude: 0 }] },
      errors: [{ pointer: "/pools/0/longitude", message: /^longitude is set without latitude/ }],
    },
    {
      name: "in an API envelope",
      code: { success: true, result: { name: "web", origins, latitude: 10 } },
      errors: [{ pointer: "/result/latitude" }],
    },
  ],
});
