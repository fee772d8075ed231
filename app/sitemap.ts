import type { MetadataRoute } from "next";
import { listContentPages } from "@/lib/content/pages";
import { loadGeography } from "@/lib/geo/load";
import { locales } from "@/lib/i18n";
import { MUNICIPALITIES_HREF, municipalityHref, pathsFor, posterHref } from "@/lib/paths";
import { loadCentres } from "@/lib/registry/load";
import { SITE_URL } from "@/lib/site";
import { translationPairs } from "@/lib/translations";

export const dynamic = "force-static";

/** Every page of the site. The end-to-end suite checks each one, and that no exported page is missing. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const paths: string[] = [];
  for (const locale of locales) {
    const site = pathsFor(locale);
    paths.push(
      ...(await listContentPages(locale)).map((page) => page.href),
      site.finder,
      site.centres,
      site.search,
      ...loadCentres().map((centre) => site.centre(centre.id)),
    );
  }
  // The municipality pages and the posters are in bokmål only.
  paths.push(
    MUNICIPALITIES_HREF,
    ...loadGeography().municipalities.map((municipality) => municipalityHref(municipality.slug)),
    ...loadCentres().map((centre) => posterHref(centre.id)),
  );
  const versions = new Map((await translationPairs()).flatMap((pair) => [pair.nb, pair.en].map((path) => [path, pair] as const)));
  const absolute = (path: string) => `${SITE_URL}${path}`;
  return paths.map((path) => {
    const pair = versions.get(path);
    return { url: absolute(path), ...(pair && { alternates: { languages: { nb: absolute(pair.nb), en: absolute(pair.en) } } }) };
  });
}
