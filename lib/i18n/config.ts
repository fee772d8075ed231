/**
 * The languages the site is published in, in the order the language switch lists them. Bokmål is
 * the source of truth and lives at the root; every other language under /<code>/. Adding a
 * language means a code here, its facts below, a dictionary (./index.ts), its paths
 * (lib/site/paths.ts), its navigation (lib/site/navigation.ts), a route folder app/<code>/ and its pages
 * in content/<code>/.
 */
export const locales = ["nb", "nn", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale = "nb" satisfies Locale;

/** Every language but bokmål: the ones that translate it. */
export type TranslatedLocale = Exclude<Locale, typeof defaultLocale>;
export const translatedLocales = locales.filter((locale): locale is TranslatedLocale => locale !== defaultLocale);

interface LocaleFacts {
  /** The language's name in the language itself, as the language switch shows it. */
  name: string;
  /** og:locale wants a territory as well as a language. */
  openGraph: string;
}

export const localeFacts: Record<Locale, LocaleFacts> = {
  nb: { name: "Bokmål", openGraph: "nb_NO" },
  nn: { name: "Nynorsk", openGraph: "nn_NO" },
  en: { name: "English", openGraph: "en_GB" },
};

/** The path prefix of a language: "" for bokmål, "/en" for English. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? "" : `/${locale}`;
}

/** The language a site path belongs to. */
export function localeOfPath(path: string): Locale {
  return translatedLocales.find((locale) => path === `/${locale}/` || path.startsWith(`/${locale}/`)) ?? defaultLocale;
}
