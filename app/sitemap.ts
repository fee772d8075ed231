import type { MetadataRoute } from "next";
import { listContentPages } from "@/lib/content/pages";
import { SITE_URL } from "@/lib/site";

export const dynamic = "force-static";

/** Every page of the site. The end-to-end suite checks each one, and that no exported page is missing. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listContentPages("nb");
  return [...pages.map((page) => ({ url: `${SITE_URL}${page.href}` })), { url: `${SITE_URL}/finn-senter/` }];
}
