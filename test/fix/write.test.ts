import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { snapshot, writeFixed } from "../../src/fix/write.js";

function tempFile(text: string, mode = 0o644): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "cflint-write-"));
  const path = join(dir, "m.json");
  writeFileSync(path, text);
  chmodSync(path, mode);
  return { dir, path };
}

describe("writing fixed files", () => {
  it("replaces the file through a rename, keeping its mode, and leaves no temporary file", async () => {
    const { dir, path } = tempFile('{"port": 80}', 0o640);
    const seen = await snapshot(path, '{"port": 80}');
    expect(await writeFixed(path, seen, "{}")).toBeUndefined();
    expect(readFileSync(path, "utf8")).toBe("{}");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["m.json"]);
  });

  it("does not write a read-only file (a rename would replace it, and root may write anything)", async () => {
    const { dir, path } = tempFile('{"port": 80}', 0o444);
    const seen = await snapshot(path, '{"port": 80}');
    expect(await writeFixed(path, seen, "{}")).toBe("the file is read-only");
    expect(readFileSync(path, "utf8")).toBe('{"port": 80}');
    expect(readdirSync(dir)).toEqual(["m.json"]);
  });

  it("does not overwrite a file whose content changed since it was read", async () => {
    const { path } = tempFile('{"port": 80}');
    const seen = await snapshot(path, '{"port": 80}');
    writeFileSync(path, '{"port": 8080}');
    utimesSync(path, new Date(seen!.mtimeMs / 1000), new Date(seen!.mtimeMs / 1000));
    expect(await writeFixed(path, seen, "{}")).toBe("it changed on disk during the run");
    expect(readFileSync(path, "utf8")).toBe('{"port": 8080}');
  });

  it("does not overwrite a file saved again since it was read, even with the same content", async () => {
    const { path } = tempFile('{"port": 80}');
    const seen = await snapshot(path, '{"port": 80}');
    utimesSync(path, new Date(), new Date(seen!.mtimeMs + 5000));
    expect(await writeFixed(path, seen, "{}")).toBe("it changed on disk during the run");
    expect(readFileSync(path, "utf8")).toBe('{"port": 80}');
  });

  it("does not write a file that is gone", async () => {
    const { dir } = tempFile("{}");
    const missing = join(dir, "gone.json");
    expect(await writeFixed(missing, await snapshot(missing, "{}"), "[]")).toBe("it changed on disk during the run");
    expect(readdirSync(dir)).toEqual(["m.json"]);
  });

  it("writes through a symbolic link to its target, and keeps the link", async () => {
    const { dir, path } = tempFile('{"port": 80}');
    const link = join(dir, "link.json");
    symlinkSync(path, link);
    expect(await writeFixed(link, await snapshot(link, '{"port": 80}'), "{}")).toBeUndefined();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path, "utf8")).toBe("{}");
  });
});
