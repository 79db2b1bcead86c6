import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../dist/src/cli/cflint.cjs", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("../fixtures/cli", import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user's shell would, without colour unless asked. */
export function cflint(args: string[], options: { cwd?: string; input?: string | null; env?: Record<string, string> } = {}): CliResult {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.GITHUB_ACTIONS;
  Object.assign(env, options.env);
  // `input: null` leaves stdin at /dev/null, as in a CI step with nothing piped.
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? FIXTURES,
    ...(options.input === null ? { stdio: ["ignore", "pipe", "pipe"] } : { input: options.input ?? "" }),
    encoding: "utf8",
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
