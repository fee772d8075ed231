import type { Locale } from "./config";
import { nb } from "./nb";
import type { Dictionary } from "./types";

const dictionaries: Record<Locale, Dictionary> = { nb };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export { defaultLocale, locales, type Locale } from "./config";
export { fill, formatDate } from "./format";
export type { Dictionary } from "./types";
