import rule from "../../../rules/pool/misspelt-field.js";
import { testRule, toText } from "../../rule-tester.js";

const origin = { name: "a", address: "192.0.2.1" };

testRule(rule, {
  valid: [
    { name: "every key a field", code: { name: "web", minimum_origins: 1, origins: [{ ...origin, weight: 1, enabled: true, header: { Host: ["example.com"] } }] } },
    { name: "teams' own metadata on the pool and its origins", code: { name: "web", owner: "ops", x_team: "web", origins: [{ ...origin, notes: "primary", datacenter: "fra" }] } },
    { name: "header's keys are HTTP header names, not fields", code: { name: "web", origins: [{ ...origin, header: { Hots: ["example.com"], Adress: ["x"] } }] } },
    { name: "near misses of short fields: names, ports", code: { name: "web", names: ["x"], origins: [{ ...origin, ports: [443] }] } },
    {
      name: "every key of the nested objects a field",
      code: {
        name: "web",
        load_shedding: { default_percent: 10, default_policy: "hash", session_percent: 0, session_policy: "hash" },
        origin_steering: { policy: "least_connections" },
        notification_filter: { origin: { disable: false, healthy: null }, pool: { disable: true } },
        origins: [origin],
      },
    },
    {
      name: "nested values of the wrong type are the schema rule's",
      code: { name: "web", load_shedding: "half", origin_steering: ["hash"], notification_filter: { origin: null, pool: true }, origins: [origin, "b"] },
    },
    { name: "notification_filter null clears it", code: { name: "web", notification_filter: null, origins: [origin] } },
    {
      name: "a Terraform resource: the provider refuses unknown arguments itself",
      files: { "main.tf": 'resource "cloudflare_load_balancer_pool" "web" {\n  name = "web"\n  minimum_orgins = 1\n  origins = [{ name = "a", adress = "192.0.2.1" }]\n}\n' },
    },
  ],
  invalid: [
    {
      name: "an origin's misspelt address and weight: rename, at the key",
      code: '{\n  "name": "web",\n  "origins": [\n    { "name": "a", "adress": "192.0.2.1", "wieght": 0.5 }\n  ]\n}',
      errors: [
        { line: 4, column: 20, endLine: 4, endColumn: 28, pointer: "/origins/0/adress", message: 'the API has no field "adress" and ignores it. Rename it to "address"' },
        { line: 4, column: 43, pointer: "/origins/0/wieght", message: 'the API has no field "wieght" and ignores it. Rename it to "weight"' },
      ],
      output: '{\n  "name": "web",\n  "origins": [\n    { "name": "a", "address": "192.0.2.1", "weight": 0.5 }\n  ]\n}',
    },
    {
      name: "the pool's own field, in a bundle",
      code: { pools: [{ name: "web", minimum_orgins: 2, origins: [origin] }] },
      errors: [{ pointer: "/pools/0/minimum_orgins", message: 'the API has no field "minimum_orgins" and ignores it. Rename it to "minimum_origins"' }],
      output: toText({ pools: [{ name: "web", minimum_origins: 2, origins: [origin] }] }),
    },
    {
      name: "the field is set too: which one was meant is the user's call",
      code: { name: "web", origins: [{ ...origin, enabled: true, enable: false }] },
      errors: [
        {
          pointer: "/origins/0/enable",
          message: 'the API has no field "enable" and ignores it; "enabled" is already set. Keep the value you mean as "enabled" and remove the other',
          suggestions: [{ desc: 'remove "enable"', output: toText({ name: "web", origins: [{ ...origin, enabled: true }] }) }],
        },
      ],
      output: null,
    },
    {
      name: "two keys stand for one field: renaming both would repeat it",
      code: { name: "web", origins: [{ name: "a", adress: "192.0.2.1", addres: "192.0.2.2" }] },
      errors: [
        {
          pointer: "/origins/0/adress",
          message: 'the API has no field "adress" and ignores it; "addres" also stands for "address". Keep the value you mean as "address" and remove the other',
          suggestions: [{ desc: 'remove "adress"', output: toText({ name: "web", origins: [{ name: "a", addres: "192.0.2.2" }] }) }],
        },
        { pointer: "/origins/0/addres", message: /; "adress" also stands for "address"/ },
      ],
      output: null,
    },
    {
      name: "load_shedding's, origin_steering's and a notification filter's keys; not inside a key that is no field",
      code: '{\n  "name": "web",\n  "load_shedding": { "default_percnt": 20 },\n  "origin_steering": { "polcy": "hash" },\n  "notification_filter": { "orign": { "disabel": true } },\n  "origins": [{ "name": "a", "address": "192.0.2.1" }]\n}',
      errors: [
        { line: 3, column: 22, endLine: 3, endColumn: 38, pointer: "/load_shedding/default_percnt", message: 'the API has no field "default_percnt" and ignores it. Rename it to "default_percent"' },
        { line: 4, column: 24, pointer: "/origin_steering/polcy", message: 'the API has no field "polcy" and ignores it. Rename it to "policy"' },
        { line: 5, column: 28, pointer: "/notification_filter/orign", message: 'the API has no field "orign" and ignores it. Rename it to "origin"' },
      ],
      output: '{\n  "name": "web",\n  "load_shedding": { "default_percent": 20 },\n  "origin_steering": { "policy": "hash" },\n  "notification_filter": { "origin": { "disabel": true } },\n  "origins": [{ "name": "a", "address": "192.0.2.1" }]\n}',
    },
    {
      name: "inside a notification filter's options",
      code: { name: "web", notification_filter: { origin: { disable: false }, pool: { disabel: true, healty: false } }, origins: [origin] },
      errors: [
        { pointer: "/notification_filter/pool/disabel", message: /Rename it to "disable"$/ },
        { pointer: "/notification_filter/pool/healty", message: /Rename it to "healthy"$/ },
      ],
      output: toText({ name: "web", notification_filter: { origin: { disable: false }, pool: { disable: true, healthy: false } }, origins: [origin] }),
    },
    {
      name: "YAML",
      files: { "p.yaml": "name: web\norigins:\n  - name: a\n    address: 192.0.2.1\n    Header:\n      Host: [example.com]\n" },
      errors: [{ line: 5, column: 5, pointer: "/origins/0/Header", message: /Rename it to "header"$/ }],
      output: { "p.yaml": "name: web\norigins:\n  - name: a\n    address: 192.0.2.1\n    header:\n      Host: [example.com]\n" },
    },
  ],
});
