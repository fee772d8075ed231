import { listPageSummaries } from "../content/pages";
import { defaultLocale, type Locale, locales, translatedLocales } from "./config";
import type { TranslationGroup } from "./counterpart";
import { pathsFor } from "../site/paths";
import { loadCentres } from "../registry/load";

/**
 * The pages that routes generate in every language (the finder, the search page, the centre list
 * and one page per centre), listed in the same order for each language so that they pair up.
 */
export function generatedPagePaths(locale: Locale): string[] {
  const site = pathsFor(locale);
  return [site.finder, site.centres, site.search, ...loadCentres().map((centre) => site.centre(centre.id))];
}

/**
 * Every bokmål page that exists in another language, with its counterparts: Markdown pages that
 * name their bokmål page in the `translation` frontmatter field (written on the translated page),
 * and the generated pages.
 */
async function findTranslationGroups(): Promise<TranslationGroup[]> {
  const groups = new Map<string, TranslationGroup>();
  const groupOf = (bokmal: string) => {
    const group = groups.get(bokmal) ?? { nb: bokmal };
    groups.set(bokmal, group);
    return group;
  };
  const bokmalGenerated = generatedPagePaths(defaultLocale);
  for (const locale of translatedLocales) {
    for (const page of await listPageSummaries(locale)) {
      if (page.frontmatter.translation !== undefined) groupOf(page.frontmatter.translation)[locale] = page.href;
    }
    const generated = generatedPagePaths(locale);
    bokmalGenerated.forEach((bokmal, index) => (groupOf(bokmal)[locale] = generated[index]!));
  }
  return [...groups.values()];
}

let found: Promise<TranslationGroup[]> | undefined;

/** Each translated page with its counterparts: what the language switch looks up in the browser. */
export function translationGroups(): Promise<TranslationGroup[]> {
  found ??= findTranslationGroups();
  return found;
}

/**
 * A page's hreflang alternates, as addresses made by `toAddress`: every language it exists in,
 * with bokmål as the default for other languages; null when it exists in one language only.
 */
export async function hreflangAlternates(
  path: string,
  toAddress: (path: string) => string = (same) => same,
): Promise<Record<string, string> | null> {
  const group = (await translationGroups()).find((candidate) => Object.values(candidate).includes(path));
  if (!group) return null;
  const languages = locales.flatMap((locale) => (group[locale] === undefined ? [] : [[locale, toAddress(group[locale])] as const]));
  return { ...Object.fromEntries(languages), "x-default": toAddress(group[defaultLocale]) };
}
