import rule from "../../../rules/monitor/path-too-long.js";
import { testRule } from "../../rule-tester.js";

const long = `/${"a".repeat(32768)}`;

testRule(rule, {
  valid: [
    { name: "a usual path", code: { type: "http", path: "/health" } },
    { name: "exactly 32 KB", code: { type: "http", path: long.slice(0, 32768) } },
    { name: "a tcp monitor sends no path", code: { type: "tcp", port: 22, path: long } },
  ],
  invalid: [
    {
      name: "one byte over",
      code: `{\n  "type": "http",\n  "path": "${long}"\n}`,
      errors: [
        {
          line: 3,
          column: 11,
          pointer: "/path",
          message: "path is 32769 bytes, over the 32 KB (32768 bytes) a request URI may have. Use a short health path",
        },
      ],
    },
    {
      name: "multi-byte characters count as bytes, in an envelope",
      code: { success: true, result: { type: "https", path: `/${"é".repeat(16384)}` } },
      errors: [{ pointer: "/result/path", message: /^path is 32769 bytes/ }],
    },
    {
      name: "in a bundle",
      code: { monitors: [{ path: long }] },
      errors: [{ pointer: "/monitors/0/path" }],
    },
  ],
});
