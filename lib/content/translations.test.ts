import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { defaultLocale, type TranslatedLocale, translatedLocales } from "../i18n/config";
import { sourcedPhoneNumbers } from "../phone-numbers";
import { listContentPages, parseContentFile } from "./pages";
import { measuredLocales } from "./readability";

/**
 * The translated pages under content/<language>/: each must pass the same checks as a bokmål
 * page, and each `translation` must name a bokmål page that exists, so that the language switch
 * never leads to a 404. No two pages of a language may claim the same bokmål page, or the way
 * back would be ambiguous.
 */

async function translatedPages(locale: TranslatedLocale) {
  return Promise.all(
    (await listContentPages(locale)).map(async (ref) => {
      const page = await parseContentFile(await readFile(ref.file, "utf8"), ref.file, sourcedPhoneNumbers());
      return { file: ref.file, href: ref.href, translation: page.frontmatter.translation };
    }),
  );
}

describe.each(translatedLocales)("the %s pages", (locale) => {
  it("have valid frontmatter, headings and phone numbers, and a home page", async () => {
    expect((await translatedPages(locale)).map((page) => page.href)).toContain(`/${locale}/`);
  });

  it("point their translation at a bokmål page that exists", async () => {
    const bokmal = new Set((await listContentPages(defaultLocale)).map((page) => page.href));
    const broken = (await translatedPages(locale))
      .filter((page) => page.translation !== undefined && !bokmal.has(page.translation))
      .map((page) => `${page.file}: translation ${page.translation} is not a page in content/nb`);
    expect(broken).toEqual([]);
  });

  it("claim each bokmål page at most once", async () => {
    const claims = new Map<string, string[]>();
    for (const page of await translatedPages(locale)) {
      if (page.translation !== undefined) claims.set(page.translation, [...(claims.get(page.translation) ?? []), page.file]);
    }
    expect([...claims].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});

const measuredTranslations = translatedLocales.filter((locale) => (measuredLocales as readonly string[]).includes(locale));

describe.each(measuredTranslations)("the %s pages, whose readability is measured", (locale) => {
  it("each name their bokmål page, whose LIX limit they are held to", async () => {
    const unpaired = (await translatedPages(locale)).filter((page) => page.translation === undefined).map((page) => page.file);
    expect(unpaired).toEqual([]);
  });
});
