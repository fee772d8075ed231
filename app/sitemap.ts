import type { MetadataRoute } from "next";
import { listContentPages } from "@/lib/content/pages";
import { loadGeography } from "@/lib/geo/load";
import { CENTRES_HREF, centreHref, FINDER_HREF, MUNICIPALITIES_HREF, municipalityHref, posterHref } from "@/lib/paths";
import { loadCentres } from "@/lib/registry/load";
import { SITE_URL } from "@/lib/site";

export const dynamic = "force-static";

/** Every page of the site. The end-to-end suite checks each one, and that no exported page is missing. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const paths = [
    ...(await listContentPages("nb")).map((page) => page.href),
    FINDER_HREF,
    CENTRES_HREF,
    ...loadCentres().flatMap((centre) => [centreHref(centre.id), posterHref(centre.id)]),
    MUNICIPALITIES_HREF,
    ...loadGeography().municipalities.map((municipality) => municipalityHref(municipality.slug)),
  ];
  return paths.map((path) => ({ url: `${SITE_URL}${path}` }));
}
