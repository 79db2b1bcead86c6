import { defineRule } from "../../src/engine/rule.js";
import { aMonitor, explicitPort, monitorType } from "../../src/http/monitor.js";

/** Probe types with no default port (the API: "Required for TCP, UDP, and SMTP checks"). */
const NEED_PORT = new Set(["tcp", "udp_icmp", "smtp"]);

export default defineRule({
  id: "monitor/port-required",
  kinds: ["monitor"],
  severity: "error",
  predicts: "Monitor Config Error",
  description: "tcp, udp_icmp and smtp monitors must set a port; they have no default",
  check(monitor, ctx) {
    const type = monitorType(monitor);
    if (type === undefined || !NEED_PORT.has(type) || explicitPort(monitor) !== undefined) return;
    const given = monitor.port === undefined ? "has no port" : `has port ${String(monitor.port)}, which means none`;
    ctx.report({
      at: monitor.port === undefined ? "/type" : "/port",
      message: `${aMonitor(type)} ${given}, and ${type} has no default. Set "port" to the port the origin serves`,
    });
  },
});
