import type { Rule } from "../src/engine/rule.js";
import accountQuota from "./account/quota.js";
import accountUnknownMonitor from "./account/unknown-monitor.js";
import accountUnknownPool from "./account/unknown-pool.js";
import loadBalancerAffinityHeaderLimit from "./load-balancer/affinity-header-limit.js";
import loadBalancerAffinityTtlRange from "./load-balancer/affinity-ttl-range.js";
import loadBalancerAffinityUnproxied from "./load-balancer/affinity-unproxied.js";
import loadBalancerDynamicLatencyWithoutMonitor from "./load-balancer/dynamic-latency-without-monitor.js";
import loadBalancerGeoSteeringWithoutPools from "./load-balancer/geo-steering-without-pools.js";
import loadBalancerHeaderAffinityHeaders from "./load-balancer/header-affinity-headers.js";
import loadBalancerProximityWithoutCoordinates from "./load-balancer/proximity-without-coordinates.js";
import loadBalancerSpectrumHostname from "./load-balancer/spectrum-hostname.js";
import loadBalancerTtlProxied from "./load-balancer/ttl-proxied.js";
import monitorHttpRedirect from "./monitor/http-redirect.js";
import monitorHttpsWithoutHost from "./monitor/https-without-host.js";
import poolCheckRegionsPlan from "./pool/check-regions-plan.js";
import poolCoordinatesPair from "./pool/coordinates-pair.js";
import poolDuplicateOrigin from "./pool/duplicate-origin.js";
import poolHostHeaderCount from "./pool/host-header-count.js";
import poolHostHeaderZone from "./pool/host-header-zone.js";
import poolMinimumOrigins from "./pool/minimum-origins.js";
import poolOriginAddressFormat from "./pool/origin-address-format.js";
import poolOriginProxied from "./pool/origin-proxied.js";
import poolOriginUnresolvable from "./pool/origin-unresolvable.js";
import poolPrivateOrigin from "./pool/private-origin.js";
import spectrumOriginAddress from "./spectrum/origin-address.js";
import spectrumOriginConflict from "./spectrum/origin-conflict.js";

/** Every rule with a check, one module each. A test keeps this list and rules/ in step. */
export const RULES: readonly Rule[] = [
  accountQuota,
  accountUnknownMonitor,
  accountUnknownPool,
  loadBalancerAffinityHeaderLimit,
  loadBalancerAffinityTtlRange,
  loadBalancerAffinityUnproxied,
  loadBalancerDynamicLatencyWithoutMonitor,
  loadBalancerGeoSteeringWithoutPools,
  loadBalancerHeaderAffinityHeaders,
  loadBalancerProximityWithoutCoordinates,
  loadBalancerSpectrumHostname,
  loadBalancerTtlProxied,
  monitorHttpRedirect,
  monitorHttpsWithoutHost,
  poolCheckRegionsPlan,
  poolCoordinatesPair,
  poolDuplicateOrigin,
  poolHostHeaderCount,
  poolHostHeaderZone,
  poolMinimumOrigins,
  poolOriginAddressFormat,
  poolOriginProxied,
  poolOriginUnresolvable,
  poolPrivateOrigin,
  spectrumOriginAddress,
  spectrumOriginConflict,
];
