import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

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
