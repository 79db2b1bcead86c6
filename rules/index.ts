import type { Rule } from "../src/engine/rule.js";
import monitorHttpRedirect from "./monitor/http-redirect.js";
import monitorHttpsWithoutHost from "./monitor/https-without-host.js";
import spectrumArgoEntitlement from "./spectrum/argo-entitlement.js";
import spectrumArgoTrafficType from "./spectrum/argo-traffic-type.js";
import spectrumDnsNameZone from "./spectrum/dns-name-zone.js";
import spectrumDnsType from "./spectrum/dns-type.js";
import spectrumEdgeIpInUse from "./spectrum/edge-ip-in-use.js";
import spectrumEdgeIpsByoip from "./spectrum/edge-ips-byoip.js";
import spectrumOriginAddress from "./spectrum/origin-address.js";
import spectrumOriginConflict from "./spectrum/origin-conflict.js";
import spectrumOriginDnsZone from "./spectrum/origin-dns-zone.js";
import spectrumOriginDns from "./spectrum/origin-dns.js";
import spectrumOriginPort from "./spectrum/origin-port.js";
import spectrumPaygFields from "./spectrum/payg-fields.js";
import spectrumPaygOnePerProtocol from "./spectrum/payg-one-per-protocol.js";
import spectrumProtocolPlan from "./spectrum/protocol-plan.js";
import spectrumProtocol from "./spectrum/protocol.js";
import spectrumTcpOnlyFields from "./spectrum/tcp-only-fields.js";
import spectrumVirtualNetworkId from "./spectrum/virtual-network-id.js";
import spectrumVirtualNetworkOriginDns from "./spectrum/virtual-network-origin-dns.js";
import spectrumVirtualNetworkPortRange from "./spectrum/virtual-network-port-range.js";
import spectrumVirtualNetworkProxyProtocol from "./spectrum/virtual-network-proxy-protocol.js";
import spectrumVirtualNetworkRoute from "./spectrum/virtual-network-route.js";
import spectrumVirtualNetworkSingleOrigin from "./spectrum/virtual-network-single-origin.js";

/** Every rule with a check, one module each. A test keeps this list and rules/ in step. */
export const RULES: readonly Rule[] = [
  monitorHttpRedirect,
  monitorHttpsWithoutHost,
  spectrumArgoEntitlement,
  spectrumArgoTrafficType,
  spectrumDnsNameZone,
  spectrumDnsType,
  spectrumEdgeIpInUse,
  spectrumEdgeIpsByoip,
  spectrumOriginAddress,
  spectrumOriginConflict,
  spectrumOriginDns,
  spectrumOriginDnsZone,
  spectrumOriginPort,
  spectrumPaygFields,
  spectrumPaygOnePerProtocol,
  spectrumProtocol,
  spectrumProtocolPlan,
  spectrumTcpOnlyFields,
  spectrumVirtualNetworkId,
  spectrumVirtualNetworkOriginDns,
  spectrumVirtualNetworkPortRange,
  spectrumVirtualNetworkProxyProtocol,
  spectrumVirtualNetworkRoute,
  spectrumVirtualNetworkSingleOrigin,
];
