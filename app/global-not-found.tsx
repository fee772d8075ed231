// The site-wide styles first: they declare the order of the cascade layers that component styles join.
import "./globals.css";
import { NotFound } from "@/components/not-found";
import { SiteFrame } from "@/components/site-frame";
import { getDictionary } from "@/lib/i18n";
import { rootMetadata, shareMetadata } from "@/lib/site/metadata";
import { pathsFor } from "@/lib/site/paths";
import { NOT_FOUND_PATH } from "@/lib/html/exported-pages";

const text = getDictionary("nb");
const paths = pathsFor("nb");

const page = { title: text.notFound.title, description: text.notFound.description };

// No canonical address: the page answers for every address the site does not have.
export const metadata = { ...rootMetadata("nb"), ...page, ...shareMetadata({ ...page, path: NOT_FOUND_PATH }) };

/** out/404.html: any address the site does not have. It keeps the whole frame, quick exit included. */
export default function GlobalNotFound() {
  return (
    <SiteFrame locale="nb" searchable={false}>
      <NotFound text={text.notFound} homeHref={paths.home} helpHref={paths.helpNow} />
    </SiteFrame>
  );
}
