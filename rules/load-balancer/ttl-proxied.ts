import { defineRule } from "../../src/engine/rule.js";

/**
 * The ttl the API fills in when none is given: a configuration read back from the API may carry
 * it on a proxied load balancer without anyone having chosen it.
 */
const DEFAULT_TTL = 30;

export default defineRule({
  id: "load-balancer/ttl-proxied",
  kinds: ["load_balancer"],
  severity: "warning",
  predicts: "ignored",
  description: "ttl applies only to DNS-only (unproxied) load balancers",
  check(lb, ctx) {
    if (lb.proxied !== true || lb.ttl === undefined || lb.ttl === DEFAULT_TTL) return;
    ctx.report({
      at: "/ttl",
      target: "key",
      message:
        `ttl ${lb.ttl} has no effect on a proxied load balancer: Cloudflare answers for proxied names with its own ` +
        'addresses and TTL. Remove ttl, or set "proxied": false if a DNS-only load balancer was meant',
      suggestions: [
        { desc: "remove ttl", fix: { op: "remove", at: "/ttl" } },
        { desc: 'set "proxied": false', fix: { op: "replace", at: "/proxied", value: false } },
      ],
    });
  },
});
