/**
 * The config file (or a baseline) cannot be used: exit 2. Each line is a complete message,
 * `file:line:column: what is wrong`, printed as is so editors and CI can link to the place.
 */
export class ConfigError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
  }
}

/**
 * A file cflint reads for itself (the config file, a baseline) cannot be read at all: with no
 * place in it to point at, the CLI words it as its other errors, `cflint: ` first.
 */
export class UnreadableFileError extends Error {}
