import { hostKind, parsePortSpec } from "../address/index.js";
import type { Settled } from "./monitor.js";

export interface OriginArgument {
  address: string;
  port?: number;
}

/** `--origin ADDRESS[:PORT]`: a hostname or IPv4 address with an optional port, or an IPv6 address (in brackets when a port follows). */
export function parseOriginArgument(text: string): Settled<OriginArgument> {
  const usage = `--origin "${text}" is not ADDRESS[:PORT] (e.g. 192.0.2.10, origin.example.com:8080, [2001:db8::1]:443)`;
  let address = text;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    address = bracketed[1]!;
    portText = bracketed[2];
    if (hostKind(address) !== "ipv6") return { ok: false, message: usage };
  } else if (hostKind(text) !== "ipv6") {
    const colon = text.lastIndexOf(":");
    if (colon >= 0) {
      address = text.slice(0, colon);
      portText = text.slice(colon + 1);
    }
  }
  const kind = hostKind(address);
  if (kind === undefined || (portText !== undefined && !/^[\d-]+$/.test(portText))) return { ok: false, message: usage };
  if (portText === undefined) return { ok: true, value: { address } };
  const port = parsePortSpec(portText);
  if (!port.ok || port.value.start !== port.value.end)
    return { ok: false, message: `--origin "${text}": ${port.ok ? "give one port, not a range" : port.problem.message}` };
  return { ok: true, value: { address, port: port.value.start } };
}
