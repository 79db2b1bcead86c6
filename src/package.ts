import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A file of cflint's own package (package.json, schemas/…): the nearest one above this
 * module, whether it runs from src/, dist/src/ or the bundle in dist/src/cli/.
 */
export function findPackageFile(path: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, path);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${path} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export interface PackageInfo {
  version: string;
  homepage: string;
}

let info: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  info ??= JSON.parse(readFileSync(findPackageFile("package.json"), "utf8")) as PackageInfo;
  return info;
}
