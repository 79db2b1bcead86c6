import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOG, type CodeEntry } from "../../src/codes/catalog.js";
import { allCodes, formatCode, lookupCode } from "../../src/codes/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const docsDir = path.resolve(repoRoot, "../shared/docs");
const hasDocs = existsSync(docsDir);

const FAMILIES = ["spectrum-api", "load-balancing-api", "health-check", "http", "cflint"];
const LB_ERRORS = "https://developers.cloudflare.com/load-balancing/troubleshooting/common-error-codes/";
const CFLINT_CODES = "https://github.com/cflint/cflint/blob/main/docs/codes.md";

/** Heading anchors as GitHub and the Cloudflare docs generate them (github-slugger). */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function entry(code: string): CodeEntry {
  const found = CATALOG.find((e) => e.code === code);
  if (found === undefined) throw new Error(`${JSON.stringify(code)} is not in the catalog`);
  return found;
}

function readDoc(name: string): string {
  return readFileSync(path.join(docsDir, name), "utf8");
}

describe("catalog", () => {
  it("has unique keys, also ignoring case (lookup folds case)", () => {
    const codes = CATALOG.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(codes.map((c) => c.toLowerCase())).size).toBe(codes.length);
  });

  it.each(CATALOG.map((e) => [e.code, e] as const))("%s is complete", (_code, e) => {
    for (const text of [e.code, e.title, e.cause, e.fix]) expect(text.trim()).not.toBe("");
    expect(e.code).toBe(e.code.trim());
    expect(FAMILIES).toContain(e.family);
    expect(new URL(e.url).protocol).toBe("https:");
    if (e.httpStatus !== undefined) {
      expect(Number.isInteger(e.httpStatus)).toBe(true);
      expect(e.httpStatus).toBeGreaterThanOrEqual(400);
      expect(e.httpStatus).toBeLessThan(600);
    }
  });

  it("keys HTTP statuses by their number and links the page for their class", () => {
    for (const e of CATALOG.filter((x) => x.family === "http")) {
      expect(e.code).toMatch(/^[45]\d\d$/);
      const page = e.code.startsWith("4") ? "4xx-client-error" : e.code.startsWith("52") ? "cloudflare-5xx-errors" : "5xx-server-error";
      expect(e.url, e.code).toBe(`https://developers.cloudflare.com/support/troubleshooting/http-status-codes/${page}/`);
    }
  });

  it("links cflint codes to a heading of docs/codes.md", () => {
    const headings = new Set([...readFileSync(path.join(repoRoot, "docs/codes.md"), "utf8").matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!)));
    for (const e of CATALOG.filter((x) => x.family === "cflint")) {
      const [page, anchor] = e.url.split("#");
      expect(page).toBe(CFLINT_CODES);
      expect(headings).toContain(anchor);
    }
  });

  it("allCodes returns every entry", () => {
    expect(allCodes()).toEqual(CATALOG);
  });
});

describe("lookupCode", () => {
  it("finds numeric codes and names exactly", () => {
    expect(lookupCode("11000")?.family).toBe("spectrum-api");
    expect(lookupCode("1002")?.family).toBe("load-balancing-api");
    expect(lookupCode("522")?.family).toBe("http");
    expect(lookupCode("TLS unrecognized name")?.family).toBe("health-check");
    expect(lookupCode("ignored")?.family).toBe("cflint");
  });

  it("falls back to a case-insensitive match for names", () => {
    expect(lookupCode("response code mismatch")).toBe(entry("Response code mismatch"));
    expect(lookupCode("TCP TIMEOUT")).toBe(entry("TCP Timeout"));
    expect(lookupCode("load balancing not enabled")).toBe(entry("Load Balancing Not Enabled"));
  });

  it("answers undefined for unknown codes and near misses", () => {
    expect(lookupCode("11003")).toBeUndefined();
    expect(lookupCode("")).toBeUndefined();
    expect(lookupCode(" 11000")).toBeUndefined();
    expect(lookupCode("Response code mismatch error")).toBeUndefined();
  });
});

describe("the 1002 entry", () => {
  // Only an explicit null probes from every data center; an absent check_regions is the API's default.
  it("names check_regions: null, not an absent check_regions, as the Enterprise-only probing", () => {
    const text = `${entry("1002").cause} ${entry("1002").fix}`;
    expect(text).toContain("`check_regions: null`");
    expect(text).not.toContain("no `check_regions`");
  });
});

describe("formatCode", () => {
  it("prints 11000 as cflint explain shows it", () => {
    expect(formatCode(entry("11000"))).toBe(
      [
        "11000  Invalid origin configuration",
        "Family:      spectrum-api",
        "HTTP status: 400",
        "Cause:       An application must have exactly one origin, either `origin_direct` or `origin_dns`.",
        "             The request set both of them, or neither.",
        "Fix:         Keep exactly one of `origin_direct` and `origin_dns`: remove the other, or add one if",
        "             both are missing.",
        "Docs:        https://developers.cloudflare.com/spectrum/reference/error-codes/",
      ].join("\n"),
    );
  });

  it("leaves out HTTP status when the entry has none", () => {
    expect(formatCode(entry("TCP Timeout"))).not.toContain("HTTP status:");
  });

  it("wraps every line at 100 columns unless a single word is longer", () => {
    for (const e of CATALOG) {
      for (const line of formatCode(e).split("\n")) {
        if (line.length <= 100) continue;
        // Only an unbreakable word (a URL) may overflow, alone after the label or indent.
        expect(line.slice(13).trim(), `${e.code}: ${line}`).not.toContain(" ");
      }
    }
  });
});

describe("docs/codes.md", () => {
  const SECTION_FAMILY: Record<string, CodeEntry["family"]> = {
    "Spectrum API": "spectrum-api",
    "Load Balancing API": "load-balancing-api",
    "Health-check failure reasons": "health-check",
    "HTTP status codes": "http",
    cflint: "cflint",
  };

  it("lists exactly the catalog's codes, titles and families", () => {
    const text = readFileSync(path.join(repoRoot, "docs/codes.md"), "utf8");
    const listed: Array<{ code: string; title: string; family: string | undefined }> = [];
    let family: string | undefined;
    for (const line of text.split("\n")) {
      const heading = /^## (.+)$/.exec(line);
      if (heading) family = SECTION_FAMILY[heading[1]!];
      const row = /^\| `([^`]+)` \| (.+) \|$/.exec(line);
      if (row) listed.push({ code: row[1]!, title: row[2]!, family });
    }
    expect(listed).toEqual(CATALOG.map((e) => ({ code: e.code, title: e.title, family: e.family })));
  });
});

describe.skipIf(!hasDocs)(
  hasDocs ? "coverage of the specification in ../shared/docs" : `coverage of the specification: skipped, ${docsDir} not found`,
  () => {
    it("has every Spectrum API code, with the documented HTTP status", () => {
      const doc = readDoc("spectrum-api-error-codes.md");
      const sections = [...doc.matchAll(/^### (\d{5}) —[^\n]*\n([\s\S]*?)(?=^##|(?![\s\S]))/gm)];
      expect(sections.length).toBeGreaterThan(0);
      for (const [, code, body] of sections) {
        const e = entry(code!);
        expect(e.family).toBe("spectrum-api");
        // 11xxx default to 400; 10002 is 500 or 503 and the catalog keeps 500.
        const noted = /Returned as HTTP `(\d{3})`/.exec(body!)?.[1];
        const expected = noted !== undefined ? Number(noted) : code!.startsWith("11") ? 400 : code === "10002" ? 500 : undefined;
        expect(e.httpStatus, code).toBe(expected);
      }
      const documented = new Set(sections.map((s) => s[1]));
      for (const e of CATALOG.filter((x) => x.family === "spectrum-api")) expect(documented).toContain(e.code);
    });

    it("has every Load Balancing failure reason and API error, linked to its heading", () => {
      const doc = readDoc("load-balancing-health-check-errors.md");
      // Sections that are API errors rather than health-check failure reasons.
      const apiErrors: Record<string, string> = {
        "Exceeded quota error": "1006",
        "Validation failed error": "1002",
        "Load Balancing Not Enabled": "Load Balancing Not Enabled",
      };
      // "TLS protocol error" is the reason's full name; other headings append " error" to it.
      const keepSuffix = new Set(["TLS protocol error"]);
      const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(headings.length).toBeGreaterThan(0);
      const reasons = new Set<string>();
      for (const heading of headings) {
        const api = apiErrors[heading];
        const code = api ?? (keepSuffix.has(heading) ? heading : heading.replace(/ error$/, ""));
        const e = entry(code);
        expect(e.family, heading).toBe(api === undefined ? "health-check" : "load-balancing-api");
        expect(e.url, heading).toBe(`${LB_ERRORS}#${slug(heading)}`);
        if (api === undefined) reasons.add(code);
      }
      for (const e of CATALOG.filter((x) => x.family === "health-check")) expect(reasons).toContain(e.code);
    });

    it("has every HTTP status the status-code documents name", () => {
      const statuses = new Set<string>();
      const analytics = readDoc("status-codes-analytics.md");
      for (const [bullet] of analytics.matchAll(/^\s*-\s+.*$/gm))
        for (const m of bullet.matchAll(/`(\d{3})`/g)) statuses.add(m[1]!);
      const elb = readDoc("elb-common-error-codes.rst");
      const elbRows = [...elb.matchAll(/^\s*\|\s*(\d{3})\s*\|\s*([^|]*?)\s*\|/gm)];
      for (const [, code, description] of elbRows) {
        statuses.add(code!);
        expect(entry(code!).title, code).toBe(description);
      }
      for (const m of readDoc("http-4xx-client-errors.txt").matchAll(/(?<!\d)4\d\d(?!\d)/g)) statuses.add(m[0]);

      expect(elbRows.length).toBeGreaterThan(0);
      for (const code of ["400", "417", "429", "444", "451", "499", "503", "520", "524", "501"]) expect(statuses).toContain(code);
      for (const code of statuses) expect(entry(code).family, code).toBe("http");
    });
  },
);
