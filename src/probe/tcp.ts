import { connect as netConnect, type Socket } from "node:net";
import type { Failure, PhaseResult, TcpEvidence } from "./outcome.js";

/** Opens a TCP connection, within the deadline. The error codes are the operating system's. */
export function connect(ip: string, port: number, deadline: number): Promise<PhaseResult<Socket, TcpEvidence, Failure>> {
  const started = Date.now();
  const remote = ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
  return new Promise((done) => {
    const socket = netConnect({ host: ip, port });
    const timer = setTimeout(() => {
      socket.destroy();
      done({
        ok: false,
        evidence: { ms: Date.now() - started, remote },
        failure: {
          reason: "TCP Timeout",
          timedOut: true,
          message: `${remote} did not complete the TCP handshake (no SYN-ACK) within the monitor's timeout. Check that a firewall lets the connection through`,
        },
      });
    }, Math.max(0, deadline - Date.now()));
    socket.once("connect", () => {
      clearTimeout(timer);
      done({ ok: true, value: socket, evidence: { ms: Date.now() - started, remote } });
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      socket.destroy();
      done({ ok: false, evidence: { ms: Date.now() - started, remote }, failure: connectFailure(remote, error) });
    });
  });
}

function connectFailure(remote: string, error: NodeJS.ErrnoException): Failure {
  switch (error.code) {
    case "EHOSTUNREACH":
      return { reason: "No route to host", message: `no route to ${remote} (EHOSTUNREACH). Check the address, and the route to it` };
    case "ENETUNREACH":
      return { reason: "Network Unreachable", message: `the network of ${remote} is unreachable (ENETUNREACH). Check the address` };
    case "ECONNREFUSED":
      return {
        reason: "TCP connection failed",
        message: `${remote} refused the connection: nothing listens on port ${remote.slice(remote.lastIndexOf(":") + 1)}, or a firewall rejects it. Check the monitor's port and the origin's firewall`,
      };
    default:
      return { reason: "TCP connection failed", message: `the TCP connection to ${remote} failed (${error.code ?? error.message})` };
  }
}
