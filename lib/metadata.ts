import type { Metadata } from "next";
import { fill } from "./i18n/format";
import { defaultLocale, getDictionary, type Locale } from "./i18n";
import { SHARE_IMAGE_SIZE, shareImagePath } from "./share-image";
import { SITE_URL } from "./site";

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

/** og:locale wants a territory as well as a language. */
const OPEN_GRAPH_LOCALES: Record<Locale, string> = { nb: "nb_NO" };

interface PageDescription {
  title: string;
  description: string;
  path: string;
  locale?: Locale;
}

/**
 * What a chat or social network shows for a link to the page: its title, description and share
 * image (drawn by scripts/share-images.ts at the address `shareImagePath` gives). Next replaces,
 * rather than merges, a layout's openGraph, so each page gets the whole set.
 */
export function shareMetadata({ title, description, path, locale = defaultLocale }: PageDescription): Pick<Metadata, "openGraph" | "twitter"> {
  const image = { url: `${SITE_URL}${shareImagePath(path)}`, ...SHARE_IMAGE_SIZE, alt: title };
  return {
    openGraph: {
      type: "website",
      locale: OPEN_GRAPH_LOCALES[locale],
      siteName: getDictionary(locale).meta.siteName,
      title,
      description,
      images: [image],
    },
    // Next copies the title, description and image into the twitter: tags from openGraph.
    twitter: { card: "summary_large_image" },
  };
}

/** Metadata for one page: its own title, description, canonical address and share image. */
export function pageMetadata({ title, description, path, locale }: PageDescription): Metadata {
  return { title, description, alternates: { canonical: path }, ...shareMetadata({ title, description, path, locale }) };
}
