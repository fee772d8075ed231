import type { Metadata } from "next";
import { fill } from "../i18n/format";
import { PAGE_KIND_META } from "../islands/page-kind";
import { getDictionary, type Locale, localeOfPath } from "../i18n";
import { localeFacts } from "../i18n/config";
import { SHARE_IMAGE_SIZE, shareImagePath } from "../share/image";
import { SITE_URL } from "./settings";
import { hreflangAlternates } from "../i18n/translations";

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

interface ShareDescription {
  /** Without one, the language's home title: the home page keeps the root layout's title. */
  title?: string;
  description: string;
  path: string;
}

/**
 * What a chat or social network shows for a link to the page: its title, description and share
 * image (drawn by scripts/share-images.ts at the address `shareImagePath` gives), in the page's
 * language. Next replaces, rather than merges, a layout's openGraph, so each page gets the whole set.
 */
export function shareMetadata({ title, description, path }: ShareDescription): Pick<Metadata, "openGraph" | "twitter"> {
  const locale = localeOfPath(path);
  const { meta } = getDictionary(locale);
  const shareTitle = title ?? meta.homeTitle;
  const image = { url: `${SITE_URL}${shareImagePath(path)}`, ...SHARE_IMAGE_SIZE, alt: shareTitle };
  return {
    openGraph: {
      type: "website",
      locale: localeFacts[locale].openGraph,
      siteName: meta.siteName,
      title: shareTitle,
      description,
      images: [image],
    },
    // Next copies the title, description and image into the twitter: tags from openGraph.
    twitter: { card: "summary_large_image" },
  };
}

interface PageDescription extends ShareDescription {
  /**
   * Whether the page runs React in the browser (the finder, the search page, a page with the
   * financing calculator). Every other page is static: the post-build step takes Next's runtime out
   * of it, and it runs only its island scripts (docs/adr/0011-islands.md).
   */
  interactive?: boolean;
}

/**
 * Metadata for one page: its own title, description and canonical address, its share image, and,
 * where the page exists in more than one language, its hreflang alternates (bokmål is the
 * default for other languages).
 */
export async function pageMetadata({ title, description, path, interactive = false }: PageDescription): Promise<Metadata> {
  const languages = (await hreflangAlternates(path)) ?? undefined;
  return {
    ...(title !== undefined && { title }),
    description,
    alternates: { canonical: path, languages },
    ...shareMetadata({ title, description, path }),
    ...(interactive && { other: { [PAGE_KIND_META.name]: PAGE_KIND_META.content } }),
  };
}
