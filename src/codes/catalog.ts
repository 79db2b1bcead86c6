/**
 * Every error cflint can predict, keyed by the exact code or name the real system reports.
 * Data only: lookup and formatting live in ./index.ts. docs/codes.md mirrors this list and a
 * test keeps the two, and the specification in shared/docs, in sync.
 */

export interface CodeEntry {
  /** The API error code, health-check failure reason or HTTP status, exactly as reported. */
  code: string;
  family: "spectrum-api" | "load-balancing-api" | "health-check" | "http" | "cflint";
  title: string;
  cause: string;
  fix: string;
  url: string;
  /** The HTTP status the API answers with, where the documentation states it. */
  httpStatus?: number;
}

const LB_ERRORS = "https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/";
const SPECTRUM_ERRORS = "https://developers.cloudflare.com/spectrum/reference/error-codes/";
const HTTP_4XX = "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/";
const HTTP_52X = "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/";
const HTTP_5XX = "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/5xx-server-error/";
const CFLINT_CODES = "https://github.com/cflint/cflint/blob/main/docs/codes.md#cflint";

// Anchors on LB_ERRORS are the slugs of the page's headings ("Response code mismatch error"
// -> #response-code-mismatch-error); a test derives them from the docs to keep them right.
export const CATALOG: readonly CodeEntry[] = [
  // Spectrum API (v4 error envelope, /zones/{zone}/spectrum/apps)
  {
    code: "10002",
    family: "spectrum-api",
    title: "Unexpected internal server error",
    cause:
      "Spectrum failed internally and the response carries no diagnostic detail. A 500 means an " +
      "internal fault; a 503 instead means a service Spectrum depends on (such as DNS or IP address " +
      "management) was briefly unavailable.",
    fix:
      "Retry the request later. If it keeps failing, contact Cloudflare Support and quote the Ray ID " +
      "of the failed response so the underlying error can be found.",
    url: SPECTRUM_ERRORS,
    httpStatus: 500,
  },
  {
    code: "10012",
    family: "spectrum-api",
    title: "Unknown field in request JSON",
    cause:
      "The request body holds a field the API does not accept. Only Pay-as-you-go applications get " +
      "this error: they may set `protocol`, `dns` and `origin_direct` and nothing else. Enterprise " +
      "applications drop unknown fields without a word instead.",
    fix:
      "On a Pay-as-you-go account, send only `protocol`, `dns` and `origin_direct`. For the full " +
      "configuration, ask your account team to enable Spectrum as a paid add-on.",
    url: SPECTRUM_ERRORS,
  },
  {
    code: "11000",
    family: "spectrum-api",
    title: "Invalid origin configuration",
    cause:
      "An application must have exactly one origin, either `origin_direct` or `origin_dns`. The " +
      "request set both of them, or neither.",
    fix: "Keep exactly one of `origin_direct` and `origin_dns`: remove the other, or add one if both are missing.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11001",
    family: "spectrum-api",
    title: "Invalid origin DNS configuration",
    cause:
      "`origin_dns` did not pass validation: `origin_dns.name` is not a valid domain name, a " +
      "`origin_dns.type` other than SRV was given without `origin_port`, or `origin_dns.ttl` is out of range.",
    fix:
      "Use a valid host name in `origin_dns.name`, add `origin_port` unless the record type is SRV, " +
      "and keep `origin_dns.ttl` within the allowed range.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11002",
    family: "spectrum-api",
    title: "Invalid origin address",
    cause:
      "An `origin_direct` address could not be accepted. The usual reason is an IPv6 address written " +
      "without square brackets, whose colons make the port ambiguous; an IP that fails Cloudflare's " +
      "access checks is the other.",
    fix:
      "Put IPv6 origins in brackets, as in `tcp://[2001:db8::1]:443`, and use an IP from a range the " +
      "account is allowed to use.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11004",
    family: "spectrum-api",
    title: "Invalid DNS configuration",
    cause:
      "`dns.type` does not fit the way edge IPs are assigned: dynamic edge IPs need `CNAME`, static " +
      "(BYOIP) edge IPs need `ADDRESS`. Changing `dns.type` on an existing application fails the same way.",
    fix:
      "Use `dns.type: \"CNAME\"` with dynamic edge IPs and `dns.type: \"ADDRESS\"` with static `edge_ips`. " +
      "To change the type, create a new application rather than updating the old one.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11014",
    family: "spectrum-api",
    title: "FTP not enabled",
    cause: "The application asks for the FTP traffic type, which the account is not entitled to use.",
    fix: "Ask your account team to enable FTP for Spectrum, or proxy the traffic with another protocol.",
    url: SPECTRUM_ERRORS,
    httpStatus: 403,
  },
  {
    code: "11018",
    family: "spectrum-api",
    title: "edge_ips not enabled",
    cause:
      "The request sets static `edge_ips` (addresses of the account's own choosing), which need " +
      "bring-your-own-IP (BYOIP), and BYOIP is not enabled for the account.",
    fix: "Use dynamic edge IPs (remove `edge_ips`) to let Cloudflare assign the addresses, or ask your account team to enable BYOIP.",
    url: SPECTRUM_ERRORS,
    httpStatus: 403,
  },
  {
    code: "11019",
    family: "spectrum-api",
    title: "edge_ips not authorized",
    cause:
      "The caller may not use the `edge_ips` it gave: the BYOIP prefix is not allocated to this " +
      "account, or the API token lacks the IP prefix permission needed to check it.",
    fix:
      "Make sure the prefix is allocated to the account, and give the token the Account > IP Prefixes " +
      "permission (or use a Global API Key).",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11026",
    family: "spectrum-api",
    title: "Argo Smart Routing not enabled",
    cause: "`argo_smart_routing` is true, but Argo Smart Routing is not enabled for the account.",
    fix: "Set `argo_smart_routing` to false, or ask your account team to enable Argo Smart Routing.",
    url: SPECTRUM_ERRORS,
    httpStatus: 403,
  },
  {
    code: "11033",
    family: "spectrum-api",
    title: "edge_ips in use",
    cause:
      "Another zone already holds one of the requested `edge_ips`. It can be a leftover Spectrum " +
      "application on a zone that was deleted.",
    fix: "Choose addresses that are free; if an orphaned application holds them, ask Cloudflare Support to remove it.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11034",
    family: "spectrum-api",
    title: "Cannot create more applications for protocol",
    cause: "A Pay-as-you-go account may have one application per protocol, and this protocol already has one.",
    fix:
      "Reuse the existing application for that protocol, or ask your account team to enable Spectrum " +
      "as a paid add-on to run several.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11041",
    family: "spectrum-api",
    title: "Virtual network requires origin direct",
    cause: "`virtual_network_id` is set on an application that uses `origin_dns`; virtual network origins must be IP origins.",
    fix: "Replace `origin_dns` with `origin_direct` naming the private IP and the single port the virtual network routes to.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11042",
    family: "spectrum-api",
    title: "Virtual network requires single origin",
    cause: "With `virtual_network_id`, `origin_direct` lists more than one address; a virtual network origin is one private IP and port.",
    fix: "Keep a single `origin_direct` entry, such as `tcp://10.0.0.5:22` or `udp://10.0.0.5:53`.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11043",
    family: "spectrum-api",
    title: "Virtual network no port range",
    cause:
      "A virtual network origin uses a port range, either in `origin_port` or inside the " +
      "`origin_direct` address; only a single port is supported.",
    fix: "Use one port. To expose several ports, create one Spectrum application per port.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11044",
    family: "spectrum-api",
    title: "Virtual network route not found",
    cause:
      "No route in the given virtual network covers the origin IP, or `virtual_network_id` names no " +
      "virtual network on the account. The API message is \"No matching routes in the specified virtual network.\"",
    fix:
      "Check `virtual_network_id` against the account's virtual networks and the origin IP against " +
      "that network's routes; if no route covers the IP, add one (Connect an IP/CIDR through Cloudflare Tunnel).",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11045",
    family: "spectrum-api",
    title: "Virtual network invalid UUID",
    cause: "`virtual_network_id` is not a UUID.",
    fix: "Use the `id` of a virtual network as returned by the Zero Trust List virtual networks API.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "11050",
    family: "spectrum-api",
    title: "Invalid cross-zone origin DNS configuration",
    cause: "The DNS record or load balancer used as the origin belongs to another zone, or to a zone the application may not use.",
    fix: "Move the record or load balancer into the application's zone, or point `origin_direct` at an IP address instead.",
    url: SPECTRUM_ERRORS,
    httpStatus: 400,
  },
  {
    code: "12005",
    family: "spectrum-api",
    title: "IPv4 quota limit",
    cause: "The zone has already allocated every IPv4 address its Spectrum quota allows.",
    fix:
      "Share addresses (several applications can use one hostname on different ports), buy more " +
      "Cloudflare-managed IPs, or bring your own with BYOIP.",
    url: SPECTRUM_ERRORS,
  },
  {
    code: "13002",
    family: "spectrum-api",
    title: "Protocol not available",
    cause:
      "The zone may not use the requested protocol on the requested edge port or ports; the error " +
      "message lists the ports that are refused.",
    fix:
      "Pick edge ports the zone allows for that protocol (GET /zones/{zone_id}/spectrum/protocols " +
      "lists them), or ask your account team about the protocol.",
    url: SPECTRUM_ERRORS,
  },
  {
    code: "16001",
    family: "spectrum-api",
    title: "Zone mismatch",
    cause: "A hostname with the application's DNS name already exists and belongs to a different zone.",
    fix:
      "Check the zone ID in the request URL, or use another DNS name. If the name belongs to an " +
      "application on another zone you control, delete that one first; otherwise ask Cloudflare Support.",
    url: SPECTRUM_ERRORS,
  },

  // Load Balancing API (monitors, pools, load balancers)
  {
    code: "1002",
    family: "load-balancing-api",
    title: "Validation failed",
    cause:
      "The Load Balancing API refused a value; the message says which and ends in \": validation " +
      "failed\". Range errors quote the allowed range, as in \"interval is not in range [60, 3600]\", " +
      "and the range can depend on the plan. Other frequent causes: an origin Host header the " +
      "account may not use for that origin, and probing from every data center (`check_regions: null`) " +
      "without an Enterprise plan. An empty range such as [0, 0] most likely means the account lacks " +
      "the Load Balancing entitlement rather than that the value is wrong.",
    fix:
      "Bring the value inside the range the message gives for your plan, set origin Host headers to " +
      "a name in one of the account's zones (or the origin's own address), and unless you are on " +
      "Enterprise list the regions in `check_regions`, or leave the field out, instead of null.",
    url: `${LB_ERRORS}#validation-failed-error`,
  },
  {
    code: "1006",
    family: "load-balancing-api",
    title: "Quota exceeded",
    cause:
      "Creating the object would go over the number of monitors, pools or origins the plan " +
      "includes; the message states the current allowance.",
    fix:
      "Reuse or delete objects you no longer need. Self-service plans can buy more Load Balancing " +
      "capacity; Enterprise customers ask their account team to raise the quota.",
    url: `${LB_ERRORS}#exceeded-quota-error`,
  },
  {
    code: "Load Balancing Not Enabled",
    family: "load-balancing-api",
    title: "Load Balancing not enabled",
    cause: "The account or zone has no Load Balancing subscription, so its monitors, pools and load balancers cannot run.",
    fix: "Enable Load Balancing for the account (self-service plans), or ask your Cloudflare account team (Enterprise).",
    url: `${LB_ERRORS}#load-balancing-not-enabled`,
  },

  // Health-check failure reasons, as reported in monitor previews and health-check events
  {
    code: "TCP connection failed",
    family: "health-check",
    title: "Health check could not open a TCP connection",
    cause:
      "The health check never completed a TCP connection to the origin. Something between Cloudflare " +
      "and the origin usually drops or refuses it: a firewall, a security group, or nothing listening on the port.",
    fix:
      "Let Cloudflare's IP ranges reach the origin on the monitored port, and make sure the monitor's " +
      "`port` is the one the service listens on.",
    url: `${LB_ERRORS}#tcp-connection-failed`,
  },
  {
    code: "HTTP timeout occurred",
    family: "health-check",
    title: "No HTTP response within the monitor timeout",
    cause:
      "The origin did not send an HTTP response before the monitor's `timeout` ran out. A timeout of " +
      "one or two seconds makes this likely even for a healthy origin.",
    fix: "Raise the monitor's `timeout` well above the origin's normal response time for the health path.",
    url: `${LB_ERRORS}#http-timeout-occurred`,
  },
  {
    code: "Response code mismatch",
    family: "health-check",
    title: "Status code not in expected_codes",
    cause:
      "The origin answered with a status the monitor's `expected_codes` does not cover. A common case " +
      "is an `http` monitor against an origin that redirects to HTTPS, which sees 301, 302 or 303.",
    fix:
      "Make `expected_codes` match what the health path really returns (a code such as `200` or a " +
      "class such as `2xx`). For a redirecting origin, monitor over `https` or set `follow_redirects` to true.",
    url: `${LB_ERRORS}#response-code-mismatch-error`,
  },
  {
    code: "Response body mismatch",
    family: "health-check",
    title: "expected_body not found in the response",
    cause:
      "The response does not contain the monitor's `expected_body` (matched without regard to case). " +
      "Only the first 10 KB of the body is read, so text further down counts as missing.",
    fix: "Choose an `expected_body` that appears within the first 10 KB, or serve a small dedicated health page.",
    url: `${LB_ERRORS}#response-body-mismatch-error`,
  },
  {
    code: "TLS untrusted certificate",
    family: "health-check",
    title: "Origin certificate not publicly trusted",
    cause: "The origin's certificate does not chain to a public certificate authority; it is typically self-signed or from a private CA.",
    fix: "Install a publicly trusted certificate on the origin, or set `allow_insecure` to true on the monitor to skip validation.",
    url: `${LB_ERRORS}#tls-untrusted-certificate-error`,
  },
  {
    code: "TLS name mismatch",
    family: "health-check",
    title: "Certificate does not cover the requested host",
    cause:
      "No name on the origin's certificate matches the host name the health check requested, which " +
      "comes from the Host header of the monitor (or of the origin, which takes precedence).",
    fix: "Set the Host header to a name the origin's certificate covers, or reissue the certificate to include that name.",
    url: `${LB_ERRORS}#tls-name-mismatch-error`,
  },
  {
    code: "TLS protocol error",
    family: "health-check",
    title: "TLS could not be negotiated",
    cause:
      "The TLS exchange with the origin broke down: the origin only offers an outdated TLS version, " +
      "or the port does not serve HTTPS at all (for example an `https` monitor on a plain-HTTP port).",
    fix: "Serve TLS 1.0 or newer on the monitored port, or use an `http` monitor, or the port that really serves HTTPS.",
    url: `${LB_ERRORS}#tls-protocol-error`,
  },
  {
    code: "TLS unrecognized name",
    family: "health-check",
    title: "Origin did not recognise the SNI name",
    cause:
      "The origin rejected the server name sent in the TLS handshake. The health check sends the Host " +
      "header as SNI; with no Host header it sends no SNI at all, which many origins refuse.",
    fix: "Add a Host header to the monitor, e.g. `\"header\": {\"Host\": [\"app.example.com\"]}`, naming a site the origin serves over TLS.",
    url: `${LB_ERRORS}#tls-unrecognized-name-error`,
  },
  {
    code: "No route to host",
    family: "health-check",
    title: "Origin IP not reachable from Cloudflare",
    cause:
      "Cloudflare's network has no route to the origin IP: the address does not exist, or the hosting " +
      "provider or ISP has a routing (BGP-level) problem.",
    fix: "Check the origin address; if it is right, take the routing problem up with the provider.",
    url: `${LB_ERRORS}#no-route-to-host-error`,
  },
  {
    code: "TCP Timeout",
    family: "health-check",
    title: "TCP data not acknowledged",
    cause: "Data sent to the origin went unacknowledged, and retransmitting it failed as well, so the connection timed out.",
    fix:
      "Check at the origin that the handshake's SYN-ACK is sent and that return traffic is not dropped; " +
      "if it is and the failures go on, contact Cloudflare Support.",
    url: `${LB_ERRORS}#tcp-timeout`,
  },
  {
    code: "TLS Handshake Failure",
    family: "health-check",
    title: "TLS handshake did not complete",
    cause: "The TLS handshake between the health check and the origin did not finish, so no secure connection was set up.",
    fix:
      "Check that the origin completes TLS handshakes on the monitored port and that the network path " +
      "to it is stable; a monitor preview shows whether the failure persists.",
    url: `${LB_ERRORS}#tls-handshake-failure`,
  },
  {
    code: "Network Unreachable",
    family: "health-check",
    title: "Origin network unreachable",
    cause: "Cloudflare could not reach the origin's network, usually because of a network outage or a wrong origin IP.",
    fix: "Verify the origin IP in the pool, or the IP the origin's hostname resolves to in DNS.",
    url: `${LB_ERRORS}#network-unreachable`,
  },
  {
    code: "HTTP Invalid Response",
    family: "health-check",
    title: "Origin sent an invalid HTTP response",
    cause:
      "The origin's reply was not a usable HTTP response, most often a 502 Bad Gateway from a proxy in " +
      "front of an application that crashed or is overloaded.",
    fix: "Make sure the origin application is up and not overloaded, and that the health path returns well-formed HTTP.",
    url: `${LB_ERRORS}#http-invalid-response`,
  },
  {
    code: "DNS Unknown Host",
    family: "health-check",
    title: "Origin hostname does not resolve",
    cause: "The origin address is a hostname that DNS does not know.",
    fix: "Correct the origin `address`, or create the DNS record so the hostname resolves to an IP address.",
    url: `${LB_ERRORS}#dns-unknown-host`,
  },
  {
    code: "Connection Reset by Peer",
    family: "health-check",
    title: "Origin reset the connection",
    cause: "The connection was reset while the health check was reading the origin's reply, often because the origin is overloaded or failing.",
    fix: "Look at the origin's load and error logs around the time of the failure.",
    url: `${LB_ERRORS}#connection-reset-by-peer`,
  },
  {
    code: "Monitor Config Error",
    family: "health-check",
    title: "Monitor configuration cannot be run",
    cause: "The monitor is misconfigured, so Cloudflare runs no health checks at all against the pool's origins.",
    fix: "Compare the monitor (type, port, path, method, headers) with a request the origin actually accepts, and correct it.",
    url: `${LB_ERRORS}#monitor-config-error`,
  },
  {
    code: "DNS Internal",
    family: "health-check",
    title: "Origin resolves to an internal or proxied address",
    cause:
      "The origin hostname resolves to an internal IP or to a record proxied by Cloudflare (orange " +
      "cloud), so no health checks are run against it.",
    fix:
      "Use a DNS-only hostname or the origin's public IP. Private origins need `virtual_network_id`; " +
      "Cloudflare does not health-check origins that are themselves proxied through Cloudflare.",
    url: `${LB_ERRORS}#dns-internal`,
  },
  {
    code: "Other Failure",
    family: "health-check",
    title: "Unclassified health-check failure",
    cause: "The failure fits none of the other failure reasons.",
    fix: "Collect the per-data-center results from the health-check events API or a monitor preview and contact Cloudflare Support.",
    url: `${LB_ERRORS}#other-failure`,
  },

  // HTTP statuses: from the Cloudflare API, from Cloudflare's edge, or from the origin a health check probes.
  // A health check fails with "Response code mismatch" on any status its expected_codes does not list.
  {
    code: "400",
    family: "http",
    title: "Bad Request",
    cause:
      "The request could not be understood. The Cloudflare API answers 400 to a body that is not " +
      "valid JSON or does not fit the schema (Spectrum uses it for most configuration errors). From " +
      "an origin it often means plain HTTP was sent to its HTTPS port, or a header was missing, " +
      "malformed or too large.",
    fix:
      "Send well-formed JSON with the fields and types the API expects. For monitors, match the type " +
      "(`http` or `https`) to the protocol the port serves, and check the headers sent.",
    url: HTTP_4XX,
  },
  {
    code: "401",
    family: "http",
    title: "Unauthorized",
    cause:
      "Valid credentials were not supplied. From the Cloudflare API: the token or key is missing, " +
      "malformed or no longer active. From an origin: the health path requires authentication.",
    fix:
      "Check the API token or key. For monitors, point `path` at an endpoint that needs no login, or " +
      "send the credentials in the monitor's `header`.",
    url: HTTP_4XX,
  },
  {
    code: "402",
    family: "http",
    title: "Payment Required",
    cause: "A status HTTP reserves for future use; an origin that sends it anyway fails the health check.",
    fix: "Find out why the origin answers 402 on the health path, or add 402 to `expected_codes` if it is expected.",
    url: HTTP_4XX,
  },
  {
    code: "403",
    family: "http",
    title: "Forbidden",
    cause:
      "The request was understood but refused. Cloudflare sends it for WAF and other security blocks, " +
      "most 1xxx errors, and a Host that does not match the SNI; an origin sends it from its own " +
      "permission or IP rules, which may block Cloudflare's health checks. The API sends it when the " +
      "token lacks a permission.",
    fix:
      "Allow Cloudflare's IP ranges and the monitor's requests through the origin's firewall and " +
      "access rules; for the API, grant the token the permission it needs.",
    url: HTTP_4XX,
  },
  {
    code: "404",
    family: "http",
    title: "Not Found",
    cause: "The origin has nothing at the requested path; Cloudflare only passes this status on. For a monitor, `path` is usually wrong.",
    fix: "Set the monitor's `path` to a health endpoint that exists on every origin in the pool.",
    url: HTTP_4XX,
  },
  {
    code: "405",
    family: "http",
    title: "Method Not Allowed",
    cause: "The origin knows the resource but not the request method used on it; Cloudflare passes the status on.",
    fix: "Use a monitor `method` the health path supports (the response's Allow header lists them).",
    url: HTTP_4XX,
  },
  {
    code: "406",
    family: "http",
    title: "Not Acceptable",
    cause: "The origin cannot produce a representation matching the request's Accept-* headers (language, charset, type).",
    fix: "Remove or relax the Accept-* headers the monitor sends, or configure the origin to fall back to a default representation.",
    url: HTTP_4XX,
  },
  {
    code: "407",
    family: "http",
    title: "Proxy Authentication Required",
    cause: "A proxy between Cloudflare and the origin wants credentials the request did not carry.",
    fix: "Let Cloudflare reach the origin without the authenticating proxy, or send the Proxy-Authorization it requires.",
    url: HTTP_4XX,
  },
  {
    code: "408",
    family: "http",
    title: "Request Timeout",
    cause: "The server stopped waiting for the rest of the request; Cloudflare passes this status on from the origin.",
    fix: "Check the origin's request timeouts and load, and that requests reach it promptly.",
    url: HTTP_4XX,
  },
  {
    code: "409",
    family: "http",
    title: "Conflict",
    cause:
      "The request clashes with the current state of the resource, e.g. two concurrent edits. " +
      "Cloudflare's edge also answers 409 for DNS resolution errors (error 1001).",
    fix: "Fetch the current state and retry; for error 1001, check the DNS records of the hostname.",
    url: HTTP_4XX,
  },
  {
    code: "410",
    family: "http",
    title: "Gone",
    cause: "The origin says the resource was removed for good; Cloudflare only passes this status on.",
    fix: "Point the monitor's `path` at a resource that still exists.",
    url: HTTP_4XX,
  },
  {
    code: "411",
    family: "http",
    title: "Length Required",
    cause: "The origin insists on a Content-Length header the request did not have; Cloudflare passes this status on.",
    fix: "Send Content-Length with request bodies, or relax the requirement at the origin.",
    url: HTTP_4XX,
  },
  {
    code: "412",
    family: "http",
    title: "Precondition Failed",
    cause: "A conditional header (such as If-Unmodified-Since or If-Match) did not hold for the resource's current state.",
    fix: "Re-read the resource and retry with up-to-date conditions, or drop the conditional headers.",
    url: HTTP_4XX,
  },
  {
    code: "413",
    family: "http",
    title: "Payload Too Large",
    cause:
      "The request body is larger than the server accepts. Cloudflare's limit depends on the plan " +
      "(100 MB on Free and Pro, 200 MB on Business, 500 MB or more on Enterprise).",
    fix: "Send smaller bodies (split uploads into chunks), or raise the limit through the plan.",
    url: HTTP_4XX,
  },
  {
    code: "414",
    family: "http",
    title: "URI Too Long",
    cause: "The request URI is longer than the server accepts; Cloudflare itself refuses URIs over 32 KB.",
    fix: "Shorten the path and query string, for example the monitor's `path`.",
    url: HTTP_4XX,
  },
  {
    code: "415",
    family: "http",
    title: "Unsupported Media Type",
    cause: "The server does not accept the body's format, as given by its Content-Type or Content-Encoding.",
    fix: "Send the body in a format the server accepts; the Cloudflare API expects `Content-Type: application/json`.",
    url: HTTP_4XX,
  },
  {
    code: "416",
    family: "http",
    title: "Range Not Satisfiable",
    cause: "The Range header asks for bytes the resource does not have, or the origin does not serve ranges.",
    fix: "Drop the Range header from the request, or request a range within the resource's size.",
    url: HTTP_4XX,
  },
  {
    code: "417",
    family: "http",
    title: "Expectation Failed",
    cause: "The server cannot meet the request's Expect header, such as `Expect: 100-continue`.",
    fix: "Remove the Expect header, or configure the origin to support it.",
    url: HTTP_4XX,
  },
  {
    code: "429",
    family: "http",
    title: "Too Many Requests",
    cause:
      "Rate limited. The Cloudflare API allows 1200 requests per 5 minutes per user and 200 per " +
      "second per IP; a zone's rate limiting rules answer 429 to visitors.",
    fix: "Slow down and retry after the Retry-After interval; batch API changes instead of sending them one by one.",
    url: HTTP_4XX,
  },
  {
    code: "444",
    family: "http",
    title: "No Response",
    cause:
      "nginx's marker for a connection it closed without sending anything. It is logged by nginx, " +
      "never sent, so a client sees a dropped connection instead.",
    fix: "Find the nginx rule that drops the request (often a default server or a host filter) and let the health check through.",
    url: HTTP_4XX,
  },
  {
    code: "451",
    family: "http",
    title: "Unavailable For Legal Reasons",
    cause: "The origin withholds the resource because of a legal demand; Cloudflare may pass the status on.",
    fix: "Use a health path that is not subject to the restriction.",
    url: HTTP_4XX,
  },
  {
    code: "499",
    family: "http",
    title: "Client Closed Request",
    cause:
      "nginx's marker for a client that gave up before the response was ready. It appears in " +
      "Cloudflare logs and status-code analytics, for example when a client's timeout is shorter " +
      "than the time Cloudflare spends reaching the origin.",
    fix: "Make the origin answer faster, or lengthen the client's timeout.",
    url: HTTP_4XX,
  },
  {
    code: "500",
    family: "http",
    title: "Internal Server Error",
    cause:
      "The origin hit an unexpected error. Rarely it is Cloudflare's own fault, in which case the error " +
      "page names Cloudflare.",
    fix: "Look at the origin's application logs for the failing request.",
    url: HTTP_5XX,
  },
  {
    code: "501",
    family: "http",
    title: "Not Implemented",
    cause:
      "The server does not support what the request needs, such as its method or a Transfer-Encoding " +
      "other than chunked or identity.",
    fix: "Use a method and encoding the origin supports (for monitors, `GET` or `HEAD`).",
    url: HTTP_5XX,
  },
  {
    code: "502",
    family: "http",
    title: "Bad Gateway",
    cause:
      "A proxy or load balancer got no valid response from the server behind it: wrong port, a reset " +
      "connection, a malformed response, or a firewall or routing problem. Health checks report it " +
      "as \"HTTP Invalid Response\".",
    fix: "Check that the backend listens on the configured port, is running, and returns valid HTTP.",
    url: HTTP_5XX,
  },
  {
    code: "503",
    family: "http",
    title: "Service Unavailable",
    cause:
      "The service cannot take the request for now: overloaded or down for maintenance. Cloudflare " +
      "passes an origin's 503 on, and its edge also answers 503 for some limits such as WebSocket rate limiting.",
    fix: "Give the origin more capacity or wait for maintenance to end.",
    url: HTTP_5XX,
  },
  {
    code: "504",
    family: "http",
    title: "Gateway Timeout",
    cause:
      "A gateway gave up waiting for the server behind it: the connection could not be made in time, " +
      "the response took too long, or a firewall dropped the traffic.",
    fix: "Check the backend's response times and that the firewall lets the gateway reach it.",
    url: HTTP_5XX,
  },
  {
    code: "520",
    family: "http",
    title: "Web server returns an unknown error",
    cause:
      "Cloudflare's catch-all for an origin reply its edge cannot use: empty, malformed, or otherwise " +
      "violating the protocol.",
    fix: "Look at the origin's logs for crashes, resets and oversized headers at the time of the error.",
    url: HTTP_52X,
  },
  {
    code: "522",
    family: "http",
    title: "Connection timed out",
    cause:
      "Cloudflare could not complete a TCP connection to the origin: the origin did not answer the " +
      "SYN within 15 seconds, and a second attempt failed as well.",
    fix: "Allow Cloudflare's IP ranges through the origin's firewall and check that the origin is not overloaded.",
    url: HTTP_52X,
  },
  {
    code: "523",
    family: "http",
    title: "Origin is unreachable",
    cause:
      "Cloudflare cannot reach the origin at all, for example because its IP changed and DNS still " +
      "has the old one, or because of a network problem between Cloudflare and the origin.",
    fix: "Check that the DNS records or origin addresses hold the origin's current IP, and that the origin's network is up.",
    url: HTTP_52X,
  },
  {
    code: "524",
    family: "http",
    title: "A timeout occurred",
    cause: "Cloudflare connected to the origin over TCP, but no HTTP response came back before the connection timed out.",
    fix: "Make the origin answer faster, or move long-running work out of the request path.",
    url: HTTP_52X,
  },

  // cflint's own codes: outcomes the API does not name as errors
  {
    code: "ignored",
    family: "cflint",
    title: "Accepted but ignored by the API",
    cause:
      "The API takes the request without an error but drops or ignores part of it, so what is " +
      "deployed differs from the file: a key that appears twice (only one value survives), a " +
      "misspelled or unknown field, or a field that has no effect in this configuration.",
    fix: "Remove the duplicate or stray field, or correct its name to the field the API expects.",
    url: CFLINT_CODES,
  },
  {
    code: "unusable-pool",
    family: "cflint",
    title: "Pool that never serves traffic",
    cause:
      "The API accepts the pool, but as configured it never serves traffic: no origin is enabled, every " +
      "enabled origin has weight 0, or `minimum_origins` asks for more healthy origins than are enabled (or than " +
      "the pool has), so " +
      "the pool can never count as healthy. Load balancers pass an unhealthy pool over for their next pool " +
      "or their fallback pool.",
    fix:
      "Enable the origins meant to serve, give at least one enabled origin a weight above 0, or lower " +
      "`minimum_origins` to the number of enabled origins. To take the whole pool out of service, set the " +
      "pool's own `enabled` to false instead.",
    url: CFLINT_CODES,
  },
  {
    code: "unchecked",
    family: "cflint",
    title: "Not checked",
    cause:
      "cflint could not check this: the object is not recognisable as a monitor, pool, load balancer " +
      "or Spectrum application, or the file could not be read. A clean result says nothing about it.",
    fix:
      "Give the object the fields that identify its kind or pass `--kind`, fix the path or permissions " +
      "of an unreadable file, and list files that are not Cloudflare configuration under `ignore` in cflint.config.json.",
    url: CFLINT_CODES,
  },
  {
    code: "stale-suppression",
    family: "cflint",
    title: "Suppression that silences nothing",
    cause:
      "A `cflint-disable-next-line` comment or a `suppress` entry in cflint.config.json matches no finding: " +
      "the problem it was written for has been fixed, or the rule, line or pointer it names is wrong.",
    fix: "Remove the comment or the config entry, or correct the rule id, the line it precedes or the pointer.",
    url: CFLINT_CODES,
  },
  {
    code: "bad-suppression",
    family: "cflint",
    title: "Suppression that cannot be applied",
    cause:
      "A `cflint-disable-next-line` comment gives no reason after `--`, names no rule or an unknown one, " +
      "names a rule whose findings cannot be silenced, or is a directive cflint does not have. It silences nothing.",
    fix: "Write `cflint-disable-next-line <rule-id> -- <reason>` with a rule id that `cflint rules` lists.",
    url: CFLINT_CODES,
  },
  {
    code: "internal",
    family: "cflint",
    title: "cflint internal error",
    cause:
      "A rule crashed on this input. This is a bug in cflint, not a problem with the configuration, " +
      "and that rule's checks did not run here.",
    fix:
      "Report it at https://github.com/cflint/cflint/issues with the cflint version and the input " +
      "(redacted as needed); the other findings still stand.",
    url: CFLINT_CODES,
  },
];
