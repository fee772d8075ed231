import { listPageSummaries } from "./content/pages";
import type { Locale } from "./i18n/config";
import { pathsFor } from "./paths";
import { loadCentres } from "./registry/load";

/** A page and its counterpart in the other language. */
export type TranslationPair = Record<Locale, string>;

/**
 * The pages that routes generate in every language (the finder, the search page, the centre list
 * and one page per centre), listed in the same order for each language so that they pair up.
 */
export function generatedPagePaths(locale: Locale): string[] {
  const site = pathsFor(locale);
  return [site.finder, site.centres, site.search, ...loadCentres().map((centre) => site.centre(centre.id))];
}

/**
 * Every page that exists in both languages: Markdown pages that name their counterpart in the
 * `translation` frontmatter field (written on the English page), and the generated pages.
 */
async function findTranslationPairs(): Promise<TranslationPair[]> {
  const markdown = (await listPageSummaries("en"))
    .filter((page) => page.frontmatter.translation !== undefined)
    .map((page) => ({ nb: page.frontmatter.translation!, en: page.href }));
  const english = generatedPagePaths("en");
  return [...markdown, ...generatedPagePaths("nb").map((nb, index) => ({ nb, en: english[index]! }))];
}

let pairs: Promise<TranslationPair[]> | undefined;

function translationPairs(): Promise<TranslationPair[]> {
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

/**
 * A page's hreflang alternates, as addresses made by `toAddress`: every language it exists in,
 * with bokmål as the default for other languages; null when it exists in one language only.
 */
export async function hreflangAlternates(path: string, toAddress: (path: string) => string = (same) => same): Promise<Record<string, string> | null> {
  const pair = (await translationPairs()).find((candidate) => candidate.nb === path || candidate.en === path);
  return pair ? { nb: toAddress(pair.nb), en: toAddress(pair.en), "x-default": toAddress(pair.nb) } : null;
}
