import type { MetadataRoute } from "next";
import { listContentPages } from "@/lib/content/pages";
import { loadGeography } from "@/lib/geo/load";
import { locales } from "@/lib/i18n";
import { MUNICIPALITIES_HREF, municipalityHref, posterHref } from "@/lib/site/paths";
import { loadCentres } from "@/lib/registry/load";
import { SITE_URL } from "@/lib/site/settings";
import { generatedPagePaths, hreflangAlternates } from "@/lib/i18n/translations";

export const dynamic = "force-static";

const absolute = (path: string) => `${SITE_URL}${path}`;

/** Every page of the site. The end-to-end suite checks each one, and that no exported page is missing. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const paths: string[] = [];
  for (const locale of locales) {
    paths.push(...(await listContentPages(locale)).map((page) => page.href), ...generatedPagePaths(locale));
  }
  // The municipality pages and the posters are in bokmål only.
  paths.push(
    MUNICIPALITIES_HREF,
    ...loadGeography().municipalities.map((municipality) => municipalityHref(municipality.slug)),
    ...loadCentres().map((centre) => posterHref(centre.id)),
  );
  return Promise.all(
    paths.map(async (path) => {
      const languages = await hreflangAlternates(path, absolute);
      return { url: absolute(path), ...(languages && { alternates: { languages } }) };
    }),
  );
}
