import { hostKind } from "../../src/address/index.js";
import { nonPublicReason } from "../../src/address/public-suffix.js";
import { defineProjectRule, type Located } from "../../src/engine/rule.js";
import { describeTargets, hostFlaw, httpsProbes, sendsNoName, type HostSource } from "../../src/http/probe-targets.js";

const FIX = 'Set "allow_insecure": true, or use a public name with a trusted certificate';

export default defineProjectRule({
  id: "monitor/untrusted-certificate",
  kinds: ["monitor"],
  severity: "warning",
  predicts: "TLS untrusted certificate",
  description:
    "An HTTPS monitor probing a name no public CA issues for (.internal, .local, single labels, …) needs allow_insecure",
  checkProject(project, ctx) {
    // Names recur (an address in several pools, a Host on many origins): each is looked up once.
    const reasons = new Map<string, string | undefined>();
    const reasonFor = (name: string) => {
      if (!reasons.has(name)) reasons.set(name, nonPublicReason(name));
      return reasons.get(name);
    };
    const reported = new Set<string>();
    const checkHost = (host: HostSource | undefined, restsOn: readonly Located[]) => {
      // An empty Host, or one that is no name at all, is another rule's finding.
      if (!host || sendsNoName(host) || hostFlaw(host.value)) return;
      const why = reasonFor(host.value);
      if (!why) return;
      // Once where the Host is written, however many origins send it.
      const key = `${host.resource.file}\0${host.resource.pointer}${host.at}`;
      if (reported.has(key)) return;
      reported.add(key);
      ctx.report({
        resource: host.resource,
        restsOn,
        at: host.at,
        message: `Host "${host.value}" cannot have a publicly trusted certificate: ${why}. ${FIX}`,
      });
    };

    for (const { monitor, monitorHost, targets, restsOn } of httpsProbes(project)) {
      if (monitor.value.allow_insecure === true) continue;
      if (!targets) {
        checkHost(monitorHost, restsOn);
        continue;
      }
      targets.forEach((t) => checkHost(t.host, restsOn));
      // With no Host, a probe checks the certificate against the origin's address.
      const unnamed = targets.filter(
        (t) => sendsNoName(t.host) && t.address !== undefined && hostKind(t.address) === "hostname" && reasonFor(t.address),
      );
      const first = unnamed[0];
      if (!first) continue;
      ctx.report({
        resource: monitor,
        restsOn,
        at: monitor.value.allow_insecure === false ? "/allow_insecure" : "/type",
        message:
          `${describeTargets(unnamed)} is probed by its address, which cannot have a publicly trusted certificate: ` +
          `${reasonFor(first.address!)}. ${FIX}`,
      });
    }
  },
});
