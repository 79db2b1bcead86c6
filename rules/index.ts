import type { Rule } from "../src/engine/rule.js";
import monitorHttpRedirect from "./monitor/http-redirect.js";
import monitorHttpsWithoutHost from "./monitor/https-without-host.js";
import poolCheckRegionsPlan from "./pool/check-regions-plan.js";
import poolCoordinatesPair from "./pool/coordinates-pair.js";
import poolDuplicateOrigin from "./pool/duplicate-origin.js";
import poolHostHeaderCount from "./pool/host-header-count.js";
import poolHostHeaderZone from "./pool/host-header-zone.js";
import poolOriginAddressFormat from "./pool/origin-address-format.js";
import poolOriginUnresolvable from "./pool/origin-unresolvable.js";
import poolPrivateOrigin from "./pool/private-origin.js";
import spectrumOriginAddress from "./spectrum/origin-address.js";
import spectrumOriginConflict from "./spectrum/origin-conflict.js";

/** Every rule with a check, one module each. A test keeps this list and rules/ in step. */
export const RULES: readonly Rule[] = [
  monitorHttpRedirect,
  monitorHttpsWithoutHost,
  poolCheckRegionsPlan,
  poolCoordinatesPair,
  poolDuplicateOrigin,
  poolHostHeaderCount,
  poolHostHeaderZone,
  poolOriginAddressFormat,
  poolOriginUnresolvable,
  poolPrivateOrigin,
  spectrumOriginAddress,
  spectrumOriginConflict,
];
