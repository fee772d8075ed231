import { listPageSummaries } from "./content/pages";
import type { Locale } from "./i18n/config";
import { pathsFor } from "./paths";
import { loadCentres } from "./registry/load";

/** A page and its counterpart in the other language. */
export type TranslationPair = Record<Locale, string>;

/**
 * Every page that exists in both languages: Markdown pages that name their counterpart in the
 * `translation` frontmatter field (written on the English page), and the generated pages that
 * exist in both (the finder and the centres).
 */
async function findTranslationPairs(): Promise<TranslationPair[]> {
  const nb = pathsFor("nb");
  const en = pathsFor("en");
  const markdown = (await listPageSummaries("en"))
    .filter((page) => page.frontmatter.translation !== undefined)
    .map((page) => ({ nb: page.frontmatter.translation!, en: page.href }));
  return [
    ...markdown,
    { nb: nb.finder, en: en.finder },
    { nb: nb.centres, en: en.centres },
    { nb: nb.search, en: en.search },
    ...loadCentres().map((centre) => ({ nb: nb.centre(centre.id), en: en.centre(centre.id) })),
  ];
}

let pairs: Promise<TranslationPair[]> | undefined;

export function translationPairs(): Promise<TranslationPair[]> {
  pairs ??= findTranslationPairs();
  return pairs;
}

/** Each page's counterpart, both ways: what the language switch looks up in the browser. */
export async function counterpartMap(): Promise<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const pair of await translationPairs()) {
    map[pair.nb] = pair.en;
    map[pair.en] = pair.nb;
  }
  return map;
}

/** The page in every language it exists in, for hreflang; null when it exists in one language only. */
export async function languageVersions(path: string): Promise<TranslationPair | null> {
  return (await translationPairs()).find((pair) => pair.nb === path || pair.en === path) ?? null;
}
