import { isUuid } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/virtual-network-route",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11044",
  description: "virtual_network_id must name one of the account's virtual networks (account.virtual_networks)",
  check(app, ctx) {
    const id = app.virtual_network_id;
    // A malformed id is spectrum/virtual-network-id's finding.
    if (typeof id !== "string" || !isUuid(id)) return;
    const known = ctx.account.need("virtual_networks");
    if (!known || known.some((network) => network.toLowerCase() === id.toLowerCase())) return;
    ctx.report({
      at: "/virtual_network_id",
      message: `virtual network ${id} is not among the account's virtual networks (account.virtual_networks), so no route can reach the origin: use the id of an existing virtual network`,
    });
  },
});
