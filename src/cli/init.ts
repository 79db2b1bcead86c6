import { randomBytes } from "node:crypto";
import { link, unlink, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
import { CONFIG_FILE } from "../config/discover.js";
import { CONFIG_SCHEMA } from "../config/load.js";
import { findPackageFile, packageInfo } from "../package.js";
import { EXIT, UsageError, writeStdout } from "./io.js";


/**
 * Writes a starter cflint.config.json in `dir`. It asks nothing (it runs the same in CI and at a
 * terminal), and it never replaces an existing file.
 */
export async function init(dir: string): Promise<number> {
  const config = { $schema: schemaReference(dir), account: {}, rules: {}, ignore: [] };
  const target = join(dir, CONFIG_FILE);
  const temp = join(dir, `.${CONFIG_FILE}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temp, JSON.stringify(config, null, 2) + "\n");
  try {
    // link() fails when the target exists: no overwrite, and never a half-written file.
    await link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError(`${CONFIG_FILE} already exists; cflint init never overwrites it`);
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  writeStdout(
    `wrote ${CONFIG_FILE}. Add what cflint cannot see in your files under "account" (plan, spectrum, zones, ` +
      `entitlements, quotas, virtual_networks): checks that need a fact stay silent until it is set.\n`,
  );
  return EXIT.clean;
}

/** The schema in this installation when it lives inside the project (npm install), else the published copy. */
function schemaReference(dir: string): string {
  const local = relative(dir, findPackageFile(CONFIG_SCHEMA));
  if (!local.startsWith("..") && !isAbsolute(local)) return `./${local.split(sep).join("/")}`;
  const { version } = packageInfo();
  return `https://unpkg.com/@cflint/cli@${version}/schemas/config.schema.json`;
}
