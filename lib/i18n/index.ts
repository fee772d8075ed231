import type { Locale } from "./config";
import { en } from "./en";
import { nb } from "./nb";
import { nn } from "./nn";
import type { Dictionary } from "./types";

const dictionaries: Record<Locale, Dictionary> = { nb, nn, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export { type Locale, localeOfPath, locales } from "./config";
export { fill } from "./format";
export type { Dictionary } from "./types";
