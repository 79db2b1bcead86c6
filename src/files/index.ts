import { lstat, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { isLintable } from "../parse/index.js";

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export interface Unmatched {
  pattern: string;
  reason: string;
}

export interface FileSet {
  /** Files to lint, written as the user wrote their paths (relative stays relative), sorted, unique. */
  files: string[];
  unmatched: Unmatched[];
}

/**
 * Expands the paths given on the command line: files as named, directories recursively
 * (lintable extensions only, skipping node_modules and .git), and globs.
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<FileSet> {
  const found = new Set<string>();
  const unmatched: Unmatched[] = [];
  for (const pattern of patterns) {
    const before = found.size;
    const kind = await statKind(resolve(cwd, pattern));
    // Named on the command line, a pipe or device is read too (`/dev/stdin`), and a broken link is
    // kept so that reading it says why.
    if (kind === "file" || kind === "other" || kind === "broken-link") found.add(pattern);
    else if (kind === "dir") await walk(cwd, pattern, found);
    else if (isDynamicPattern(pattern)) {
      for (const match of await glob(pattern, { cwd, ignore: ["**/node_modules/**", "**/.git/**"] })) found.add(match);
    }
    if (found.size > before) continue;
    unmatched.push({
      pattern,
      reason:
        kind === "dir"
          ? "no .json or .jsonc files in this directory"
          : isDynamicPattern(pattern)
            ? "no files match this pattern"
            : "no such file or directory",
    });
  }
  return { files: [...found].sort(), unmatched };
}

/**
 * Symbolic links to directories are not followed, so a link loop cannot trap the walk, and pipes
 * or devices are skipped, as reading one may never end. A lintable name that cannot be read as a
 * file (a dangling or looping link, a directory that vanished or cannot be listed) is kept, so
 * that reading it reports why instead of the file going unmentioned.
 */
async function walk(cwd: string, dir: string, found: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
  } catch {
    found.add(dir);
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(cwd, path, found);
    } else if (isLintable(entry.name)) {
      const kind = entry.isFile() ? "file" : await statKind(resolve(cwd, path));
      if (kind === "file" || kind === "broken-link" || kind === undefined) found.add(path);
    }
  }
}

/** What is at `path`, following links; "broken-link" for a link to nothing or a loop of links. */
async function statKind(path: string): Promise<"file" | "dir" | "other" | "broken-link" | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "dir" : info.isFile() ? "file" : "other";
  } catch {
    return (await lstat(path).catch(() => undefined))?.isSymbolicLink() ? "broken-link" : undefined;
  }
}
