import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** The name results carry for unnamed standard input. */
const STDIN = "<stdin>";

/**
 * The repository root, which CI tools resolve report paths against: the nearest directory from
 * `cwd` upward holding `.git` (a directory, or a file in a worktree or submodule), else `cwd`.
 */
export function repoRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/**
 * A result's file relative to `root`, with forward slashes; undefined when it lies outside
 * `root` (or is unnamed stdin), where no relative path can name it.
 */
export function pathFromRoot(root: string, cwd: string, filePath: string): string | undefined {
  if (filePath === STDIN) return undefined;
  const path = relative(root, resolve(cwd, filePath));
  if (path === ".." || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return path.split(sep).join("/");
}

/**
 * `resolve(cwd, filePath)` that resolves each directory once: a full resolve costs microseconds,
 * which add up over thousands of files in a few directories.
 */
export function absolutePathsFrom(cwd: string): (filePath: string) => string {
  const dirs = new Map<string, string>();
  return (filePath) => {
    const name = basename(filePath);
    // Such a last segment moves the path up or stays put, so only a full resolve gets it right.
    if (name === "" || name === "." || name === "..") return resolve(cwd, filePath);
    const dir = dirname(filePath);
    let absolute = dirs.get(dir);
    if (absolute === undefined) dirs.set(dir, (absolute = resolve(cwd, dir)));
    return absolute.endsWith(sep) ? absolute + name : absolute + sep + name;
  };
}
