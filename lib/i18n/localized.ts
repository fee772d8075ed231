import type { Locale, TranslatedLocale } from "./config";

/** Text written in bokmål, with other languages where someone has translated it. */
export type LocalizedText = { nb: string } & Partial<Record<TranslatedLocale, string>>;

/**
 * The text in the page's language if it exists, else in bokmål, with the language it is in, so
 * that the page can mark the passage (`lang`) for screen readers (WCAG 3.1.2).
 */
export function pickLanguage(text: LocalizedText, locale: Locale): { text: string; lang: Locale } {
  const translated = locale === "nb" ? undefined : text[locale];
  return translated ? { text: translated, lang: locale } : { text: text.nb, lang: "nb" };
}
