import { isUuid } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/virtual-network-id",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11045",
  description: "virtual_network_id must be a UUID",
  check(app, ctx) {
    const id = app.virtual_network_id;
    if (typeof id !== "string" || id === "" || isUuid(id)) return;
    ctx.report({
      at: "/virtual_network_id",
      message: `virtual_network_id "${id}" is not a UUID: use the id of the virtual network (8-4-4-4-12 hexadecimal digits, as the virtual networks API lists it), not its name`,
    });
  },
});
