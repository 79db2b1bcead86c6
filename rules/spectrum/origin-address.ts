import { parseOriginUri } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/origin-address",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11002",
  description: "Each origin_direct entry must be scheme://ip:port, with IPv6 addresses in brackets",
  check(app, ctx) {
    (app.origin_direct ?? []).forEach((entry: unknown, i: number) => {
      if (typeof entry !== "string") return;
      const parsed = parseOriginUri(entry);
      if (!parsed.ok) ctx.report({ at: `/origin_direct/${i}`, message: `${entry}: ${parsed.problem.message}` });
    });
  },
});
