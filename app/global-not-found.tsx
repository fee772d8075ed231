import { NotFound } from "@/components/not-found";
import { SiteFrame } from "@/components/site-frame";
import { getDictionary } from "@/lib/i18n";
import { rootMetadata } from "@/lib/metadata";
import "./globals.css";

const text = getDictionary("nb");

export const metadata = { ...rootMetadata("nb"), title: text.notFound.title, description: text.notFound.description };

/** out/404.html: any address the site does not have. It keeps the whole frame, quick exit included. */
export default function GlobalNotFound() {
  return (
    <SiteFrame locale="nb" searchable={false}>
      <NotFound text={text.notFound} homeHref="/" helpHref="/akutt-hjelp/" />
    </SiteFrame>
  );
}
