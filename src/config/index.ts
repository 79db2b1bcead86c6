/** cflint.config.json: discovery, validation, and what it means for each file. */
export { ConfigError, UnreadableFileError } from "./errors.js";
export { readOwnFile } from "./read.js";
export { CONFIG_FILE, findConfig } from "./discover.js";
export { loadConfig, type ConfigFile, type LoadedConfig } from "./load.js";
export { ProjectConfig } from "./resolve.js";
