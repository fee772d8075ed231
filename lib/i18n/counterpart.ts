import { pathsFor } from "../paths";
import { defaultLocale, type Locale, localeOfPath, locales } from "./config";

/**
 * Where the language switch leads from `path`: the same page in the other language when it
 * exists (from lib/translations.ts' map), else that language's home page. Pure, for the browser.
 */
export function counterpartOf(path: string, map: Readonly<Record<string, string>>): { locale: Locale; href: string } {
  const withSlash = path.endsWith("/") ? path : `${path}/`;
  const current = localeOfPath(withSlash);
  const locale = locales.find((candidate) => candidate !== current) ?? defaultLocale;
  return { locale, href: map[withSlash] ?? pathsFor(locale).home };
}
