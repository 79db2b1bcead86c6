import { parseProtocol } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/protocol",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "13002",
  description: "protocol must be tcp/<port>, udp/<port> or a range such as tcp/1000-2000, with ports 1-65535",
  check(app, ctx) {
    if (typeof app.protocol !== "string") return;
    const parsed = parseProtocol(app.protocol);
    if (!parsed.ok) ctx.report({ at: "/protocol", message: `protocol "${app.protocol}": ${parsed.problem.message}` });
  },
});
