import { defineRule } from "../../src/engine/rule.js";
import { monitorType } from "../../src/http/monitor.js";

const ENTERPRISE_ONLY = new Set(["udp_icmp", "icmp_ping", "smtp"]);

export default defineRule({
  id: "monitor/enterprise-type",
  kinds: ["monitor"],
  severity: "error",
  predicts: "1002",
  description: "udp_icmp, icmp_ping and smtp monitors need an Enterprise plan",
  check(monitor, ctx) {
    const type = monitorType(monitor);
    if (type === undefined || !ENTERPRISE_ONLY.has(type)) return;
    const plan = ctx.account.need("plan");
    if (plan === undefined || plan === "enterprise") return;
    ctx.report({
      at: "/type",
      message: `"${type}" monitors need an Enterprise plan, and the account is on ${plan}. Use "http", "https" or "tcp"`,
    });
  },
});
