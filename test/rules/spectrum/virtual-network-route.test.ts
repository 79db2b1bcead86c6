import rule from "../../../rules/spectrum/virtual-network-route.js";
import { testRule } from "../../rule-tester.js";

const PROD = "a5624d4e-044a-4ff0-b3e1-e2465353d4b4";
const STAGING = "0b7c1c5e-7f0d-4d8e-9a49-6f0c2d1e3a10";
const account = { virtual_networks: [PROD] };
const app = (virtual_network_id: string) => ({
  protocol: "tcp/22",
  dns: { type: "CNAME", name: "ssh.example.com" },
  origin_direct: ["tcp://10.0.0.5:22"],
  virtual_network_id,
});

testRule(rule, {
  valid: [
    { name: "a virtual network of the account", code: app(PROD), account },
    { name: "the same id in capitals", code: app(PROD.toUpperCase()), account },
    { name: "without account.virtual_networks nothing is known", code: app(STAGING) },
    { name: "a malformed id is another rule's finding", code: app("vnet-prod"), account },
  ],
  invalid: [
    {
      name: "an id the account does not have",
      code: `{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  "origin_direct": ["tcp://10.0.0.5:22"],\n  "virtual_network_id": "${STAGING}"\n}`,
      account,
      errors: [
        {
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 63,
          pointer: "/virtual_network_id",
          message: `virtual network ${STAGING} is not among the account's virtual networks (account.virtual_networks), so no route can reach the origin: use the id of an existing virtual network`,
        },
      ],
    },
    { name: "an account with no virtual networks, in a bundle", code: { spectrum_apps: [app(PROD)] }, account: { virtual_networks: [] }, errors: [{ pointer: "/spectrum_apps/0/virtual_network_id" }] },
    { name: "in an API envelope", code: { success: true, errors: [], result: app(STAGING) }, account, errors: [{ pointer: "/result/virtual_network_id" }] },
  ],
});
