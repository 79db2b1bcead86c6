import { defineRule, type Edit } from "../../src/engine/rule.js";

export default defineRule({
  id: "spectrum/origin-conflict",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11000",
  description: "A Spectrum application must set exactly one of origin_direct or origin_dns",
  check(app, ctx) {
    const direct = app.origin_direct !== undefined;
    const dns = app.origin_dns !== undefined;
    if (direct && dns) {
      // origin_port goes with origin_dns only, so it leaves with it.
      const dropDns: Edit[] = [{ op: "remove", at: "/origin_dns" }];
      if (app.origin_port !== undefined) dropDns.push({ op: "remove", at: "/origin_port" });
      ctx.report({
        at: "/origin_dns",
        target: "key",
        message: "both origin_direct and origin_dns are set; the API accepts exactly one: remove one of them",
        suggestions: [
          { desc: `remove "origin_dns"${app.origin_port === undefined ? "" : ' and "origin_port"'}`, fix: dropDns },
          { desc: 'remove "origin_direct"', fix: { op: "remove", at: "/origin_direct" } },
        ],
      });
    } else if (!direct && !dns) {
      // A Worker origin replaces both.
      if (app.traffic_type === "worker" && app.origin_worker_id !== undefined) return;
      ctx.report({
        message: 'neither origin_direct nor origin_dns is set; add one, e.g. "origin_direct": ["tcp://192.0.2.1:22"]',
      });
    }
  },
});
