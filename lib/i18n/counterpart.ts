import { pathsFor } from "../site/paths";
import { type Locale, localeOfPath, locales, type TranslatedLocale } from "./config";

/** One page in bokmål and its counterparts in the languages it has been translated into. */
export type TranslationGroup = { nb: string } & Partial<Record<TranslatedLocale, string>>;

export interface LanguageLink {
  locale: Locale;
  href: string;
  /** The language of the page the visitor is on. */
  current: boolean;
}

/**
 * What the language switch offers on `path`, one entry per language in the site's order: the same
 * page in that language where it exists (from lib/i18n/translations.ts' groups), else that language's
 * home page. Pure, for the browser.
 */
export function languageLinks(path: string, groups: readonly TranslationGroup[]): LanguageLink[] {
  const withSlash = path.endsWith("/") ? path : `${path}/`;
  const current = localeOfPath(withSlash);
  const group = groups.find((candidate) => candidate[current] === withSlash);
  return locales.map((locale) => ({
    locale,
    href: locale === current ? withSlash : (group?.[locale] ?? pathsFor(locale).home),
    current: locale === current,
  }));
}
