import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, readFile, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** What was seen of a file when it was read, to tell whether it changed before the fixes are written. */
export interface Snapshot {
  text: string;
  mtimeMs: number;
}

/** Undefined when the file is already gone: then it is not written either. */
export async function snapshot(path: string, text: string): Promise<Snapshot | undefined> {
  return stat(path).then(
    (info) => ({ text, mtimeMs: info.mtimeMs }),
    () => undefined,
  );
}

/**
 * Writes a file's fixed text through a temporary file in the same directory and a rename, so no
 * reader sees half a file, keeping its permissions (and a symbolic link, by writing its target).
 * Returns why it did not write, or undefined once written. It does not write a file that changed
 * since `seen` (an editor saved it mid-run: those edits win), nor one without write permission
 * (a rename would replace it regardless, and root may write anything).
 */
export async function writeFixed(path: string, seen: Snapshot | undefined, output: string): Promise<string | undefined> {
  let target: string;
  let mode: number;
  try {
    if (!seen) return "it changed on disk during the run";
    target = await realpath(path);
    const now = await stat(target);
    if (now.mtimeMs !== seen.mtimeMs || (await readFile(target, "utf8")) !== seen.text) return "it changed on disk during the run";
    mode = now.mode & 0o7777;
    if ((mode & 0o222) === 0) return "the file is read-only";
    await access(target, constants.W_OK);
  } catch (error) {
    return reason(error);
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, output, { flag: "wx" });
    // Set after writing: the mode given at creation is narrowed by the umask.
    await chmod(temp, mode);
    await rename(temp, target);
    return undefined;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    return reason(error);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return `it is not writable (${code})`;
  return `it could not be written (${code ?? (error as Error).message})`;
}
