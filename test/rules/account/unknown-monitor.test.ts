import rule from "../../../rules/account/unknown-monitor.js";
import { testRule } from "../../rule-tester.js";

const MON_A = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
const MON_B = "0f9e8d7c6b5a49382716f5e4d3c2b1a0";
const monitor = (id?: string) => ({ ...(id ? { id } : {}), type: "https", expected_codes: "2xx", header: { Host: ["www.example.com"] } });
const pool = (monitorId: string) => ({ name: "web", monitor: monitorId, origins: [{ name: "o1", address: "192.0.2.10" }] });
/** A monitor block and a pool block whose `monitor` is the expression given, on line 6. */
const terraform = (monitorExpression: string) =>
  [
    'resource "cloudflare_load_balancer_monitor" "http" {',
    '  type = "tcp"',
    "}",
    'resource "cloudflare_load_balancer_pool" "web" {',
    '  name    = "web"',
    `  monitor = ${monitorExpression}`,
    '  origins = [{ name = "o1", address = "192.0.2.10" }]',
    "}",
  ].join("\n");

testRule(rule, {
  valid: [
    { name: "the monitor is in the run", code: { monitors: [monitor(MON_A)], pools: [pool(MON_A)] } },
    { name: "ids compare without case", code: { monitors: [monitor(MON_A)], pools: [pool(MON_A.toUpperCase())] } },
    { name: "no monitors in the run: nothing to compare with", code: { pools: [pool(MON_A)] } },
    { name: "monitors without ids (not created yet)", code: { monitors: [monitor()], pools: [pool(MON_A)] } },
    {
      name: "monitor in another file of the run",
      files: { "monitors.json": [monitor(MON_A)], "pools.json": { pools: [pool(MON_A)] } },
    },
    {
      name: "the monitor is in the run but too malformed to check: it still exists",
      code: { monitors: [monitor(MON_B), { ...monitor(MON_A), timeout: "5" }], pools: [pool(MON_A)] },
    },
    {
      // cf-terraforming writes imported pools this way: the monitor block's id is known only after apply (or import).
      name: "Terraform: a literal monitor id while the run's monitors are Terraform resources",
      files: {
        "main.tf": terraform(`"${MON_A}"`),
      },
    },
  ],
  invalid: [
    {
      name: "a bundle whose pool names a missing monitor",
      code: `{"monitors": [{"id": "${MON_A}", "type": "tcp", "port": 22}],\n "pools": [{"name": "web", "monitor": "${MON_B}", "origins": []}]}`,
      errors: [
        {
          line: 2,
          column: 39,
          endColumn: 73,
          pointer: "/pools/0/monitor",
          message:
            `monitor "${MON_B}" matches no monitor in this run (1 with an id), and the API refuses a pool whose monitor ` +
            "does not exist. Correct the id, or lint the monitor's file together with this one",
        },
      ],
    },
    {
      name: "across files: reported in the pool's file",
      files: {
        "monitors.json": { success: true, errors: [], result: [monitor(MON_A), monitor("c0ffee00c0ffee00c0ffee00c0ffee00")] },
        "pool.json": pool(MON_B),
      },
      errors: [{ file: "pool.json", pointer: "/monitor", message: /matches no monitor in this run \(2 with an id\)/ }],
    },
    {
      name: "Terraform: a reference to a monitor block the run does not declare",
      files: {
        "main.tf": terraform("cloudflare_load_balancer_monitor.https.id"),
      },
      errors: [
        {
          line: 6,
          column: 13,
          message: /^monitor "cloudflare_load_balancer_monitor\.https" matches no monitor in this run \(1 with an id\)/,
        },
      ],
    },
  ],
});
