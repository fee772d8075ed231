import type { Locale } from "./config";
import { en } from "./en";
import { nb } from "./nb";
import type { Dictionary } from "./types";

const dictionaries: Record<Locale, Dictionary> = { nb, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export { defaultLocale, type Locale, localeOfPath, localePrefix, locales } from "./config";
export { fill, formatDate } from "./format";
export type { Dictionary } from "./types";
