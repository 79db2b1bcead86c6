import { defineRule } from "../../src/engine/rule.js";

const ACTIVE = new Set(["cookie", "ip_cookie", "header"]);

export default defineRule({
  id: "load-balancer/affinity-unproxied",
  kinds: ["load_balancer"],
  severity: "warning",
  predicts: "ignored",
  description: "Session affinity works only on proxied load balancers",
  check(lb, ctx) {
    if (lb.proxied === true || typeof lb.session_affinity !== "string" || !ACTIVE.has(lb.session_affinity)) return;
    ctx.report({
      at: "/session_affinity",
      message:
        `session_affinity "${lb.session_affinity}" has no effect on a DNS-only load balancer: affinity is kept by ` +
        `Cloudflare's proxy, which ${lb.proxied === false ? "is off" : 'is off by default ("proxied" is absent)'}. ` +
        'Set "proxied": true, or remove session_affinity',
      suggestions: [
        { desc: 'set "proxied": true', fix: { op: lb.proxied === undefined ? "add" : "replace", at: "/proxied", value: true } },
        { desc: "remove session_affinity", fix: { op: "remove", at: "/session_affinity" } },
      ],
    });
  },
});
