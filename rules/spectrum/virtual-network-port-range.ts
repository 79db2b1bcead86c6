import { formatPorts, parseOriginPort, parseOriginUri, portCount, type PortRange } from "../../src/address/index.js";
import { defineRule } from "../../src/engine/rule.js";

const isRange = (ports: PortRange) => portCount(ports) > 1;

export default defineRule({
  id: "spectrum/virtual-network-port-range",
  kinds: ["spectrum_app"],
  severity: "error",
  predicts: "11043",
  description: "An application with virtual_network_id must use a single origin port, not a range",
  check(app, ctx) {
    if (typeof app.virtual_network_id !== "string" || app.virtual_network_id === "") return;
    const fix = "virtual network origins take a single port: use one port, and one application per port";
    if (typeof app.origin_port === "number" || typeof app.origin_port === "string") {
      const port = parseOriginPort(app.origin_port);
      if (port.ok && isRange(port.value))
        ctx.report({ at: "/origin_port", message: `origin_port "${formatPorts(port.value)}" is a port range; ${fix}` });
    }
    (Array.isArray(app.origin_direct) ? app.origin_direct : []).forEach((entry: unknown, i: number) => {
      if (typeof entry !== "string") return;
      const origin = parseOriginUri(entry);
      if (origin.ok && isRange(origin.value.ports))
        ctx.report({ at: `/origin_direct/${i}`, message: `${entry} has the port range ${formatPorts(origin.value.ports)}; ${fix}` });
    });
  },
});
