import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { sourcedPhoneNumbers } from "../phone/sourced-numbers";
import { DataFileError } from "../schema/validation";
import { hrefForSlug, listContentPages, parseContentFile, slugForFile } from "./pages";

const known = new Set(["112", "97159810"]);

function markdown(frontmatter: string, body = "Tekst.") {
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

const goodFrontmatter = [
  "title: Akutt hjelp",
  "description: Hvem du kan ringe når det haster, og hva et overgrepsmottak er og kan hjelpe deg med.",
  "updated: 2026-11-25",
  "sources:\n  - https://www.politiet.no/rad/voldtekt-og-seksuelle-overgrep/utsatt-for-voldtekt-eller-seksuelt-overgrep/",
].join("\n");

describe("slugs", () => {
  it("maps files to URLs, with index.md as its folder", () => {
    expect(slugForFile("akutt-hjelp.md")).toEqual(["akutt-hjelp"]);
    expect(slugForFile("til-deg-som-er-utsatt/index.md")).toEqual(["til-deg-som-er-utsatt"]);
    expect(slugForFile("index.md")).toEqual([]);
    expect(hrefForSlug(["fagpersoner", "barn"])).toBe("/fagpersoner/barn/");
    expect(hrefForSlug([])).toBe("/");
  });
});

describe("parseContentFile", () => {
  it("refuses a help-line link to a line that content/help-lines.json does not have, naming the ids it has", async () => {
    const error = await parseContentFile(markdown(goodFrontmatter, "Ring <help-line:politi>."), "content/nb/x.md", known).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect(String(error)).toContain("<help-line:politi> names no line in content/help-lines.json");
    expect(String(error)).toContain("police");
  });

  it("renders a valid page", async () => {
    const page = await parseContentFile(markdown(goodFrontmatter, "Ring [112](tel:112)."), "content/nb/x.md", known);
    expect(page.frontmatter.title).toBe("Akutt hjelp");
    expect(page.html).toContain('href="tel:112"');
  });

  it("refuses bad frontmatter, naming the file, the field and the problem", async () => {
    const bad = goodFrontmatter.replace("updated: 2026-11-25", "updated: i går");
    const error = await parseContentFile(markdown(bad), "content/nb/akutt-hjelp.md", known).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect(String((error as Error).message)).toMatch(/content\/nb\/akutt-hjelp\.md:\n {2}- field "updated": must be a real date written YYYY-MM-DD/);
  });

  it.each(["2026-13-45", "2026-02-30"])("refuses the impossible date %s rather than publishing another day, naming the file and the field", async (date) => {
    const bad = goodFrontmatter.replace("updated: 2026-11-25", `updated: ${date}`);
    const error = await parseContentFile(markdown(bad), "content/nb/akutt-hjelp.md", known).catch((e: unknown) => e);
    expect(String((error as Error).message)).toContain('content/nb/akutt-hjelp.md:\n  - field "updated": must be a real date written YYYY-MM-DD');
  });

  it("refuses an updated date after the build date, naming the file and the field", async () => {
    const bad = goodFrontmatter.replace("updated: 2026-11-25", "updated: 2999-01-01");
    const error = await parseContentFile(markdown(bad), "content/nb/akutt-hjelp.md", known).catch((e: unknown) => e);
    expect(String((error as Error).message)).toContain('content/nb/akutt-hjelp.md:\n  - field "updated": must not be after today');
  });

  it("refuses a phone number that no data file sources, saying which numbers are allowed", async () => {
    const error = await parseContentFile(markdown(goodFrontmatter, "Ring [22 22 22 22](tel:22222222)."), "content/nb/x.md", known).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "content/nb/x.md:\n  - the link [22 22 22 22](tel:22222222) is not a sourced number: a page may link only the national lines in content/help-lines.json and the centres' phones in content/centres/",
    );
  });

  it("refuses a link whose text shows one number while it dials another", async () => {
    const error = await parseContentFile(markdown(goodFrontmatter, "Ring [116 111](tel:112)."), "content/nb/x.md", known).catch((e: unknown) => e);
    expect((error as Error).message).toContain("the link [116 111](tel:112) shows one number and dials another");
  });

  it("accepts a centre's own number from the registry, as the message says", async () => {
    const page = await parseContentFile(markdown(goodFrontmatter, "Ring [97 15 98 10](tel:+4797159810)."), "content/nb/x.md", known);
    expect(page.html).toContain('href="tel:+4797159810"');
  });

  it("refuses an h1 in the body", async () => {
    const error = await parseContentFile(markdown(goodFrontmatter, "# Ny tittel"), "content/nb/x.md", known).catch((e: unknown) => e);
    expect((error as Error).message).toContain('heading "Ny tittel" is an h1');
  });
});

describe("the shipped content", () => {
  it("has valid frontmatter, headings and phone numbers in every Markdown file", async () => {
    const pages = [...(await listContentPages("nb"))];
    const known = sourcedPhoneNumbers();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const source = await readFile(page.file, "utf8");
      await expect(parseContentFile(source, page.file, known)).resolves.toBeDefined();
    }
    // Renders every bokmål page; on a loaded two-core machine that takes seconds.
  }, 30_000);
});
