import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { defaultLocale, type Locale, type TranslatedLocale, translatedLocales } from "../i18n/config";
import { sourcedPhoneNumbers } from "../phone/sourced-numbers";
import { translationGroups } from "../i18n/translations";
import { listContentPages, listPageSummaries, parseContentFile, splitFrontmatter } from "./pages";
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

/**
 * What nynorsk covers of bokmål's Markdown pages (README, "Languages"): the home page, help now,
 * staying safe online, privacy, and every page of the sections for people who were abused and for
 * relatives. A bokmål page added there without a nynorsk page fails here, and so does a nynorsk
 * page that no longer cites every source its bokmål page does: nynorsk cannot fall behind bokmål
 * unnoticed. (Whether the facts match is for a person to read; ADR 0010.)
 */
const nynorskCovers = {
  pages: ["/", "/akutt-hjelp/", "/trygg-pa-nett/", "/personvern/"],
  sections: ["/til-deg-som-er-utsatt/", "/parorende/"],
};

describe("nynorsk", () => {
  const coveredByNynorsk = (href: string) =>
    nynorskCovers.pages.includes(href) || nynorskCovers.sections.some((section) => href.startsWith(section));

  it("has a page for every bokmål page in the parts of the site it covers", async () => {
    const translated = new Set((await listPageSummaries("nn")).map((page) => page.frontmatter.translation));
    const missing = (await listContentPages(defaultLocale))
      .filter((page) => coveredByNynorsk(page.href) && !translated.has(page.href))
      .map((page) => `${page.file} has no nynorsk page: write one in content/nn/ with translation: ${page.href}`);
    expect(missing).toEqual([]);
  });

  it("cites every source its bokmål page cites", async () => {
    const bokmal = new Map((await listPageSummaries(defaultLocale)).map((page) => [page.href, page.frontmatter.sources]));
    const stale = (await listPageSummaries("nn")).flatMap((page) => {
      const translation = page.frontmatter.translation;
      const lacking = (bokmal.get(translation ?? "") ?? []).filter((source) => !page.frontmatter.sources.includes(source));
      return lacking.length > 0 ? [`${page.file} lacks sources of ${translation}: ${lacking.join(", ")}`] : [];
    });
    expect(stale).toEqual([]);
  });

  it("links in its text to every page its bokmål page links to, in nynorsk where that page has a nynorsk version", async () => {
    const groups = await translationGroups();
    const inNynorsk = (href: string) => groups.find((group) => group.nb === href)?.nn ?? href;
    const bodies = async (locale: Locale) =>
      new Map(
        await Promise.all(
          (await listContentPages(locale)).map(
            async (ref) => [ref.href, { file: ref.file, ...splitFrontmatter(await readFile(ref.file, "utf8"), ref.file) }] as const,
          ),
        ),
      );
    const bokmal = await bodies(defaultLocale);
    const missing = [...(await bodies("nn")).values()].flatMap((page) => {
      const original = bokmal.get(page.frontmatter.translation ?? "");
      if (!original) return [];
      const links = new Set(siteLinks(page.body));
      return siteLinks(original.body)
        .map(inNynorsk)
        .filter((href) => !links.has(href))
        .map((href) => `${page.file} does not link to ${href}, as ${original.file} does`);
    });
    expect(missing).toEqual([]);
  });
});

/** The site-internal link targets in a Markdown body, without any #fragment. */
function siteLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((\/[^)#\s]*)[^)]*\)/g)].map((match) => match[1]!);
}
