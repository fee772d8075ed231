/** The languages the site is published in. Bokmål is the source of truth and lives at the root; English under /en/. */
export const locales = ["nb", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nb";

/** The path prefix of a language: "" for bokmål, "/en" for English. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? "" : `/${locale}`;
}

/** The language a site path belongs to. */
export function localeOfPath(path: string): Locale {
  return locales.find((locale) => locale !== defaultLocale && (path === `/${locale}/` || path.startsWith(`/${locale}/`))) ?? defaultLocale;
}
