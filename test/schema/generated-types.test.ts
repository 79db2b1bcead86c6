import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface GenTypesScript {
  generateApiTypes(): Promise<string>;
  typesFile: string;
}

it("src/schema/api-types.ts is up to date with schemas/cloudflare-api.openapi.json", async () => {
  // Imported by URL: the script is plain JavaScript with no type declarations.
  const script = pathToFileURL(path.join(repoRoot, "scripts/gen-types.mjs")).href;
  const { generateApiTypes, typesFile } = (await import(script)) as GenTypesScript;
  expect(
    readFileSync(typesFile, "utf8"),
    "src/schema/api-types.ts is out of date: run `npm run gen:types` and commit the result",
  ).toBe(await generateApiTypes());
}, 30_000);
