import type { Rule } from "../src/engine/rule.js";
import monitorEnterpriseType from "./monitor/enterprise-type.js";
import monitorExpectedBodyUnreadable from "./monitor/expected-body-unreadable.js";
import monitorExpectedCodesFormat from "./monitor/expected-codes-format.js";
import monitorExpectedCodesInformational from "./monitor/expected-codes-informational.js";
import monitorFollowRedirectSpelling from "./monitor/follow-redirect-spelling.js";
import monitorHttpOnTlsPort from "./monitor/http-on-tls-port.js";
import monitorHttpOnlyField from "./monitor/http-only-field.js";
import accountQuota from "./account/quota.js";
import accountUnknownMonitor from "./account/unknown-monitor.js";
import accountUnknownPool from "./account/unknown-pool.js";
import loadBalancerAffinityHeaderLimit from "./load-balancer/affinity-header-limit.js";
import loadBalancerAffinityTtlRange from "./load-balancer/affinity-ttl-range.js";
import loadBalancerAffinityUnproxied from "./load-balancer/affinity-unproxied.js";
import loadBalancerDynamicLatencyWithoutMonitor from "./load-balancer/dynamic-latency-without-monitor.js";
import loadBalancerGeoSteeringWithoutPools from "./load-balancer/geo-steering-without-pools.js";
import loadBalancerHeaderAffinityHeaders from "./load-balancer/header-affinity-headers.js";
import loadBalancerMisspeltField from "./load-balancer/misspelt-field.js";
import loadBalancerProximityWithoutCoordinates from "./load-balancer/proximity-without-coordinates.js";
import loadBalancerSpectrumHostname from "./load-balancer/spectrum-hostname.js";
import loadBalancerTtlProxied from "./load-balancer/ttl-proxied.js";
import loadBalancerUnknownRegion from "./load-balancer/unknown-region.js";
import monitorHttpRedirect from "./monitor/http-redirect.js";
import monitorHttpsHostNotHostname from "./monitor/https-host-not-hostname.js";
import monitorHttpsIpOriginWithoutHost from "./monitor/https-ip-origin-without-host.js";
import monitorHttpsOnPlainPort from "./monitor/https-on-plain-port.js";
import monitorHttpsWithoutHost from "./monitor/https-without-host.js";
import monitorIntervalRange from "./monitor/interval-range.js";
import monitorMethodMismatch from "./monitor/method-mismatch.js";
import monitorMisspeltField from "./monitor/misspelt-field.js";
import monitorMultipleHostValues from "./monitor/multiple-host-values.js";
import monitorPathFormat from "./monitor/path-format.js";
import monitorPathTooLong from "./monitor/path-too-long.js";
import monitorPortRequired from "./monitor/port-required.js";
import monitorShortTcpTimeout from "./monitor/short-tcp-timeout.js";
import monitorShortTimeout from "./monitor/short-timeout.js";
import monitorUntrustedCertificate from "./monitor/untrusted-certificate.js";
import spectrumArgoEntitlement from "./spectrum/argo-entitlement.js";
import spectrumArgoTrafficType from "./spectrum/argo-traffic-type.js";
import spectrumDnsNameZone from "./spectrum/dns-name-zone.js";
import spectrumDnsType from "./spectrum/dns-type.js";
import spectrumEdgeIpInUse from "./spectrum/edge-ip-in-use.js";
import spectrumEdgeIpsByoip from "./spectrum/edge-ips-byoip.js";
import spectrumMisspeltField from "./spectrum/misspelt-field.js";
import poolAllWeightsZero from "./pool/all-weights-zero.js";
import poolCheckRegionsPlan from "./pool/check-regions-plan.js";
import poolCoordinatesPair from "./pool/coordinates-pair.js";
import poolDuplicateOrigin from "./pool/duplicate-origin.js";
import poolHostHeaderCount from "./pool/host-header-count.js";
import poolHostHeaderZone from "./pool/host-header-zone.js";
import poolMinimumOrigins from "./pool/minimum-origins.js";
import poolMinimumOriginsUnreachable from "./pool/minimum-origins-unreachable.js";
import poolMisspeltField from "./pool/misspelt-field.js";
import poolNoEnabledOrigins from "./pool/no-enabled-origins.js";
import poolOriginAddressFormat from "./pool/origin-address-format.js";
import poolOriginProxied from "./pool/origin-proxied.js";
import poolOriginUnresolvable from "./pool/origin-unresolvable.js";
import poolPrivateOrigin from "./pool/private-origin.js";
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
  monitorEnterpriseType,
  monitorExpectedBodyUnreadable,
  monitorExpectedCodesFormat,
  monitorExpectedCodesInformational,
  monitorFollowRedirectSpelling,
  monitorHttpOnTlsPort,
  monitorHttpOnlyField,
  accountQuota,
  accountUnknownMonitor,
  accountUnknownPool,
  loadBalancerAffinityHeaderLimit,
  loadBalancerAffinityTtlRange,
  loadBalancerAffinityUnproxied,
  loadBalancerDynamicLatencyWithoutMonitor,
  loadBalancerGeoSteeringWithoutPools,
  loadBalancerHeaderAffinityHeaders,
  loadBalancerMisspeltField,
  loadBalancerProximityWithoutCoordinates,
  loadBalancerSpectrumHostname,
  loadBalancerTtlProxied,
  loadBalancerUnknownRegion,
  monitorHttpRedirect,
  monitorHttpsHostNotHostname,
  monitorHttpsIpOriginWithoutHost,
  monitorHttpsOnPlainPort,
  monitorHttpsWithoutHost,
  monitorIntervalRange,
  monitorMethodMismatch,
  monitorMisspeltField,
  monitorMultipleHostValues,
  monitorPathFormat,
  monitorPathTooLong,
  monitorPortRequired,
  monitorShortTcpTimeout,
  monitorShortTimeout,
  monitorUntrustedCertificate,
  spectrumArgoEntitlement,
  spectrumArgoTrafficType,
  spectrumDnsNameZone,
  spectrumDnsType,
  spectrumEdgeIpInUse,
  spectrumEdgeIpsByoip,
  spectrumMisspeltField,
  poolAllWeightsZero,
  poolCheckRegionsPlan,
  poolCoordinatesPair,
  poolDuplicateOrigin,
  poolHostHeaderCount,
  poolHostHeaderZone,
  poolMinimumOrigins,
  poolMinimumOriginsUnreachable,
  poolMisspeltField,
  poolNoEnabledOrigins,
  poolOriginAddressFormat,
  poolOriginProxied,
  poolOriginUnresolvable,
  poolPrivateOrigin,
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
