import { defineProjectRule } from "../../src/engine/rule.js";
import { hostFlaw, httpsProbes, type HostFlaw, type HostSource } from "../../src/http/probe-targets.js";

export default defineProjectRule({
  id: "monitor/https-host-not-hostname",
  kinds: ["monitor"],
  severity: "error",
  predicts: "TLS name mismatch",
  description: "The Host an HTTPS monitor sends must be a bare hostname: no IP, scheme, port or path",
  checkProject(project, ctx) {
    const seen = new Set<string>();
    for (const { monitor, monitorHost, targets, restsOn } of httpsProbes(project)) {
      // allow_insecure skips the certificate check, names included.
      if (monitor.value.allow_insecure === true) continue;
      // The Hosts actually sent: each origin's own, else the monitor's.
      for (const host of targets ? targets.map((t) => t.host) : [monitorHost]) {
        const flaw = host && hostFlaw(host.value);
        // An empty Host is monitor/https-without-host's finding.
        if (!host || !flaw || flaw.kind === "blank") continue;
        const key = `${host.resource.file}\0${host.resource.pointer}${host.at}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // "https://www.example.com/" names one host: dropping the scheme, port and path is the one repair.
        const name = flaw.kind === "not-a-name" ? flaw.suggestion : undefined;
        ctx.report({ resource: host.resource, restsOn, at: host.at, message: describe(host, flaw), ...(name ? { fix: { op: "replace", at: host.at, value: name } } : {}) });
      }
    }
  },
});

function describe(host: HostSource, flaw: Exclude<HostFlaw, { kind: "blank" }>): string {
  if (flaw.kind === "ip")
    return `Host "${host.value}" is an IP address: it cannot go into SNI and no certificate name matches it. Use the hostname on the origin's certificate`;
  const has = flaw.parts.length > 0 ? `has ${flaw.parts.join(" and ")}` : "is not a hostname";
  const fix = flaw.suggestion ? `Write "${flaw.suggestion}"` : "Use the hostname on the origin's certificate";
  return `Host "${host.value}" ${has}, so no certificate name matches it. ${fix}`;
}
