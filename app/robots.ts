import type { MetadataRoute } from "next";
import { EDITOR_PATH } from "@/lib/security/headers";
import { SITE_URL } from "@/lib/site/settings";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  // The editor is for the centres' staff and Nok. Norge's editors, not for search engines.
  return { rules: { userAgent: "*", allow: "/", disallow: EDITOR_PATH }, sitemap: `${SITE_URL}/sitemap.xml` };
}
