import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { helpLines } from "../phone/help-lines";
import { loadCentres } from "../registry/load";
import { registryReferences } from "../registry/summary";
import { DataFileError } from "../schema/validation";
import { citeReference } from "./citation";
import { listContentPages, splitFrontmatter } from "./pages";
import { assertSourcesDescribed, SOURCES_FILE, sourceTable, sourceTableSchema, undescribedSources } from "./sources";

/** Every source the site cites, with the file that cites it. */
async function citedSources(): Promise<{ file: string; reference: string }[]> {
  const cited: { file: string; reference: string }[] = [];
  for (const locale of ["nb", "en"] as const) {
    for (const page of await listContentPages(locale)) {
      const { frontmatter } = splitFrontmatter(await readFile(page.file, "utf8"), page.file);
      for (const reference of frontmatter.sources) cited.push({ file: page.file, reference });
    }
  }
  for (const centre of loadCentres()) {
    for (const reference of registryReferences(centre)) cited.push({ file: `content/centres/${centre.id}.json`, reference });
  }
  for (const line of helpLines) cited.push({ file: "content/help-lines.json", reference: line.source });
  return cited;
}

describe("the table of sources", () => {
  it("describes every source a page, a centre record or a help line cites", async () => {
    const missing = (await citedSources()).filter(({ reference }) => undescribedSources([reference]).length > 0);
    expect(missing.map(({ file, reference }) => `${file}: ${reference}`)).toEqual([]);
  });

  it("describes nothing that nobody cites", async () => {
    const cited = new Set((await citedSources()).map(({ reference }) => reference));
    expect(Object.keys(sourceTable).filter((key) => !cited.has(key))).toEqual([]);
  });

  it("refuses an entry with neither a title nor a subject, and a key that is not a source", () => {
    const result = sourceTableSchema.safeParse({ "https://www.politiet.no/": { publisher: "Politiet" }, "politiet.no": { publisher: "Politiet", title: "Forsiden" } });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message).join("\n");
    expect(messages).toContain("give either the source's own title or");
    expect(messages).toContain("each key must be a public http(s) URL or the file name of a document in ../shared/seeds");
  });

  it("names the file and the source when a page cites one the table does not describe", () => {
    expect(() => assertSourcesDescribed(["https://example.org/ukjent"], "content/nb/ny-side.md")).toThrow(DataFileError);
    expect(() => assertSourcesDescribed(["https://example.org/ukjent"], "content/nb/ny-side.md")).toThrow(
      `content/nb/ny-side.md:\n  - sources: https://example.org/ukjent is not described in ${SOURCES_FILE}`,
    );
  });
});

describe("citeReference", () => {
  it("links a cited web page to itself, with its publisher and title", () => {
    expect(citeReference("https://www.vitrordeg.com/ettervoldtekten/")).toMatchObject({
      publisher: "Vi tror deg",
      title: "Hva gjør jeg etter en voldtekt eller et seksuelt overgrep?",
      url: "https://www.vitrordeg.com/ettervoldtekten/",
      lang: "nb",
    });
  });

  it("links a seed document to where the public can read it, and leaves one without an address unlinked", () => {
    const bufdir = citeReference("002_37573477cab58ae6.txt");
    expect(bufdir).toMatchObject({ publisher: "Bufdir", date: "2017" });
    expect(bufdir.url).toContain("bufdir.no");
    expect(citeReference("000_1fcfcb2835cd2a52.txt").url).toBeUndefined();
  });
});
