import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourcedPhoneNumbers } from "../phone-numbers";
import { hrefForSlug, listContentPages, parseContentFile, slugForFile } from "./pages";

/**
 * The English pages under content/en: each must pass the same checks as a bokmål page, and each
 * `translation` must name a bokmål page that exists, so that the language switch never leads to
 * a 404. No two English pages may claim the same bokmål page, or the way back would be ambiguous.
 */

const ENGLISH_ROOT = path.join("content", "en");

async function englishPages() {
  const entries = await readdir(ENGLISH_ROOT, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".md")).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (file) => {
      const page = await parseContentFile(await readFile(file, "utf8"), file, sourcedPhoneNumbers());
      return { file, href: hrefForSlug(slugForFile(path.relative(ENGLISH_ROOT, file)), "/en"), translation: page.frontmatter.translation };
    }),
  );
}

describe("the English pages", () => {
  it("have valid frontmatter, headings and phone numbers", async () => {
    expect((await englishPages()).map((page) => page.href)).toContain("/en/");
  });

  it("point their translation at a bokmål page that exists", async () => {
    const bokmal = new Set((await listContentPages("nb")).map((page) => page.href));
    const broken = (await englishPages())
      .filter((page) => page.translation !== undefined && !bokmal.has(page.translation))
      .map((page) => `${page.file}: translation ${page.translation} is not a page in content/nb`);
    expect(broken).toEqual([]);
  });

  it("claim each bokmål page at most once", async () => {
    const claims = new Map<string, string[]>();
    for (const page of await englishPages()) {
      if (page.translation !== undefined) claims.set(page.translation, [...(claims.get(page.translation) ?? []), page.file]);
    }
    expect([...claims].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
