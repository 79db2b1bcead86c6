import { defineRule } from "../../src/engine/rule.js";
import { escapeSegment } from "../../src/parse/pointer.js";

/** What a Pay-as-you-go body may hold: its three fields, and the read-only fields of a stored app. */
const ACCEPTED = new Set(["protocol", "dns", "origin_direct", "id", "created_on", "modified_on"]);
const DNS_FIELDS = new Set(["name", "type"]);

export default defineRule({
  id: "spectrum/payg-fields",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "10012",
  description: "A Pay-as-you-go application (account.spectrum: payg) may set only protocol, dns and origin_direct",
  check(app, ctx) {
    if (ctx.account.need("spectrum") !== "payg") return;
    const fix = "remove it, or ask your account team to enable Spectrum as a paid add-on for the full configuration";
    for (const key of Object.keys(app)) {
      if (!ACCEPTED.has(key))
        ctx.report({
          at: `/${key}`,
          target: "key",
          message: `"${key}" is not accepted on a Pay-as-you-go account, which takes only protocol, dns and origin_direct: ${fix}`,
          suggestions: [{ desc: `remove "${key}"`, fix: { op: "remove", at: `/${escapeSegment(key)}` } }],
        });
    }
    const dns: unknown = app.dns;
    if (typeof dns !== "object" || dns === null) return;
    for (const key of Object.keys(dns)) {
      if (!DNS_FIELDS.has(key))
        ctx.report({
          at: `/dns/${key}`,
          target: "key",
          message: `"dns.${key}" is not accepted on a Pay-as-you-go account, where dns holds only name and type: remove it`,
          suggestions: [{ desc: `remove "dns.${key}"`, fix: { op: "remove", at: `/dns/${escapeSegment(key)}` } }],
        });
    }
  },
});
