import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, resolve } from "node:path";
import { isLintable } from "../parse/index.js";

// .terraform holds the providers and modules `terraform init` downloads: not the user's files.
const SKIPPED_DIRS = new Set(["node_modules", ".git", ".terraform"]);

export interface Unmatched {
  pattern: string;
  reason: string;
}

export interface FileSet {
  /**
   * Files to lint, written as the user wrote their paths (relative stays relative), sorted, each
   * file once: of two spellings of one path (`./a.json`, `a.json`), the shorter.
   */
  files: string[];
  /** The files that were found in a directory or by a glob, and not named as files. */
  searched: Set<string>;
  unmatched: Unmatched[];
}

/**
 * Expands the paths given on the command line: files as named, directories recursively
 * (lintable extensions only: .json, .jsonc, .yaml, .yml, .tf, .tf.json; skipping node_modules,
 * .git and .terraform), and globs.
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<FileSet> {
  const found = new FoundFiles();
  const unmatched: Unmatched[] = [];
  for (const pattern of patterns) {
    const kind = statKind(resolve(cwd, pattern));
    let isGlob = false;
    let matched = false;
    // Named on the command line, a pipe or device is read too (`/dev/stdin`), and a broken link is
    // kept so that reading it says why.
    if (kind === "file" || kind === "other" || kind === "broken-link") {
      found.add(pattern, true, realPathOf(resolve(cwd, pattern)));
      matched = true;
    } else if (kind === "dir") matched = walk(cwd, pattern, found);
    else {
      // Loaded only for a path that is neither a file nor a directory: most runs need no globs.
      const { glob, isDynamicPattern } = await import("tinyglobby");
      isGlob = isDynamicPattern(pattern);
      if (isGlob) {
        const matches = await glob(pattern, { cwd, ignore: ["**/node_modules/**", "**/.git/**", "**/.terraform/**"] });
        // A glob follows symbolic links, so a link to a directory above it (a loop) leads it to
        // the same files again by longer paths: by their real paths they are found once.
        for (const match of matches) if (isSearchable(match)) found.add(match, false, realPathOf(resolve(cwd, match)));
        matched = matches.length > 0;
      }
    }
    // A file an earlier path already found (a directory, then a file in it) still matched.
    if (matched) continue;
    unmatched.push({
      pattern,
      reason:
        kind === "dir"
          ? "no .json, .jsonc, .yaml, .yml or .tf files in this directory"
          : isGlob
            ? "no files match this pattern"
            : "no such file or directory",
    });
  }
  return { ...found.list(), unmatched };
}

/** The files found so far, one entry per file however many paths lead to it. */
class FoundFiles {
  private readonly byPath = new Map<string, { spelling: string; named: boolean }>();

  /** `path`: the file's real path (links resolved), by which two spellings or links are one file. */
  add(spelling: string, named: boolean, path: string): void {
    const earlier = this.byPath.get(path);
    if (!earlier) {
      this.byPath.set(path, { spelling, named });
      return;
    }
    // The shorter spelling, whatever the order of the paths, so the output does not depend on it.
    if (spelling.length < earlier.spelling.length || (spelling.length === earlier.spelling.length && spelling < earlier.spelling))
      earlier.spelling = spelling;
    earlier.named ||= named;
  }

  list(): { files: string[]; searched: Set<string> } {
    const entries = [...this.byPath.values()];
    return {
      files: entries.map((e) => e.spelling).sort(),
      searched: new Set(entries.filter((e) => !e.named).map((e) => e.spelling)),
    };
  }
}

/** The path with every link resolved; the path itself when that fails (a broken link is kept, to be reported). */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Synchronous: nothing else runs meanwhile, and it avoids a thread-pool round trip per entry.
 * Symbolic links to directories are not followed, so a link loop cannot trap the walk, and pipes
 * or devices are skipped, as reading one may never end. A lintable name that cannot be read as a
 * file (a dangling or looping link, a directory that vanished or cannot be listed) is kept, so
 * that reading it reports why instead of the file going unmentioned. Returns whether it found any.
 */
function walk(cwd: string, dir: string, found: FoundFiles, absolute = realPathOf(resolve(cwd, dir))): boolean {
  // `absolute` is real, so that files reached through a link to the directory are the files themselves.
  let entries: Dirent[];
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    found.add(dir, false, absolute);
    return true;
  }
  // join() normalises every path it builds; an entry's name needs none, so join once per directory.
  const prefix = join(dir, "_").slice(0, -1);
  const absolutePrefix = join(absolute, "_").slice(0, -1);
  let any = false;
  for (const entry of entries) {
    const path = prefix + entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) any = walk(cwd, path, found, absolutePrefix + entry.name) || any;
    } else if (isSearchable(entry.name)) {
      const kind = entry.isFile() ? "file" : statKind(resolve(cwd, path));
      if (kind === "file" || kind === "broken-link" || kind === undefined) {
        // A link is the file it leads to.
        found.add(path, false, entry.isFile() ? absolutePrefix + entry.name : realPathOf(absolutePrefix + entry.name));
        any = true;
      }
    }
  }
  return any;
}

/**
 * Whether a search takes a file by its name: a lintable one, but not a Terraform variables file
 * (`prod.tfvars.json`), which holds a module's inputs, never objects cflint checks.
 */
function isSearchable(name: string): boolean {
  return isLintable(name) && !/\.tfvars\.json$/i.test(name);
}

/** What is at `path`, following links; "broken-link" for a link to nothing or a loop of links. */
function statKind(path: string): "file" | "dir" | "other" | "broken-link" | undefined {
  try {
    const info = statSync(path);
    return info.isDirectory() ? "dir" : info.isFile() ? "file" : "other";
  } catch {
    try {
      return lstatSync(path).isSymbolicLink() ? "broken-link" : undefined;
    } catch {
      return undefined;
    }
  }
}
