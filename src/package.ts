import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface PackageInfo {
  version: string;
  homepage: string;
}

let info: PackageInfo | undefined;

/** cflint's own package.json: the nearest one above this module, whether it runs from src/ or dist/src/. */
export function packageInfo(): PackageInfo {
  if (info) return info;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  info = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageInfo;
  return info;
}
