import type { Metadata } from "next";
import { fill } from "./i18n/format";
import { getDictionary, type Locale } from "./i18n";
import { SITE_URL } from "./site";
import { languageVersions } from "./translations";

/** Metadata every page of a language inherits from its root layout. */
export function rootMetadata(locale: Locale): Metadata {
  const text = getDictionary(locale);
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: text.meta.homeTitle, template: fill(text.meta.titleTemplate, { title: "%s" }) },
    description: text.meta.homeDescription,
    applicationName: text.meta.siteName,
    // The site never sends the page a visitor came from to anyone.
    referrer: "no-referrer",
    // Phones would otherwise turn postcodes and sums into phone links; every real number is linked on purpose.
    formatDetection: { telephone: false, email: false, address: false },
  };
}

/**
 * Metadata for one page: its own title, description and canonical address, and, where the page
 * exists in both languages, its hreflang alternates (bokmål is the default for other languages).
 */
export async function pageMetadata({ title, description, path }: { title?: string; description: string; path: string }): Promise<Metadata> {
  const versions = await languageVersions(path);
  const languages = versions ? { nb: versions.nb, en: versions.en, "x-default": versions.nb } : undefined;
  return { ...(title !== undefined && { title }), description, alternates: { canonical: path, languages } };
}
