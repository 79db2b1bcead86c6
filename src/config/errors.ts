/**
 * The config file (or a baseline) cannot be used: exit 2. Each line is a complete message,
 * `file:line:column: what is wrong`, printed as is so editors and CI can link to the place.
 */
export class ConfigError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}
