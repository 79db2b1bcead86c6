import type { Rule } from "../src/engine/rule.js";
import monitorEnterpriseType from "./monitor/enterprise-type.js";
import monitorExpectedBodyUnreadable from "./monitor/expected-body-unreadable.js";
import monitorExpectedCodesFormat from "./monitor/expected-codes-format.js";
import monitorExpectedCodesInformational from "./monitor/expected-codes-informational.js";
import monitorFollowRedirectSpelling from "./monitor/follow-redirect-spelling.js";
import monitorHttpOnTlsPort from "./monitor/http-on-tls-port.js";
import monitorHttpOnlyField from "./monitor/http-only-field.js";
import monitorHttpRedirect from "./monitor/http-redirect.js";
import monitorHttpsHostNotHostname from "./monitor/https-host-not-hostname.js";
import monitorHttpsIpOriginWithoutHost from "./monitor/https-ip-origin-without-host.js";
import monitorHttpsOnPlainPort from "./monitor/https-on-plain-port.js";
import monitorHttpsWithoutHost from "./monitor/https-without-host.js";
import monitorIntervalRange from "./monitor/interval-range.js";
import monitorMethodMismatch from "./monitor/method-mismatch.js";
import monitorMultipleHostValues from "./monitor/multiple-host-values.js";
import monitorPathFormat from "./monitor/path-format.js";
import monitorPathTooLong from "./monitor/path-too-long.js";
import monitorPortRequired from "./monitor/port-required.js";
import monitorShortTcpTimeout from "./monitor/short-tcp-timeout.js";
import monitorShortTimeout from "./monitor/short-timeout.js";
import monitorUntrustedCertificate from "./monitor/untrusted-certificate.js";
import spectrumOriginAddress from "./spectrum/origin-address.js";
import spectrumOriginConflict from "./spectrum/origin-conflict.js";

/** Every rule with a check, one module each. A test keeps this list and rules/ in step. */
export const RULES: readonly Rule[] = [
  monitorEnterpriseType,
  monitorExpectedBodyUnreadable,
  monitorExpectedCodesFormat,
  monitorExpectedCodesInformational,
  monitorFollowRedirectSpelling,
  monitorHttpOnTlsPort,
  monitorHttpOnlyField,
  monitorHttpRedirect,
  monitorHttpsHostNotHostname,
  monitorHttpsIpOriginWithoutHost,
  monitorHttpsOnPlainPort,
  monitorHttpsWithoutHost,
  monitorIntervalRange,
  monitorMethodMismatch,
  monitorMultipleHostValues,
  monitorPathFormat,
  monitorPathTooLong,
  monitorPortRequired,
  monitorShortTcpTimeout,
  monitorShortTimeout,
  monitorUntrustedCertificate,
  spectrumOriginAddress,
  spectrumOriginConflict,
];
