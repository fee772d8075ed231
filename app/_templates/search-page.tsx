import { SiteSearch } from "@/components/site-search";
import { getDictionary, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { pathsFor } from "@/lib/site/paths";

/** The site search in either language; it searches that language's pages only. */

export function searchMetadata(locale: Locale) {
  const text = getDictionary(locale).search;
  return pageMetadata({ title: text.title, description: text.description, path: pathsFor(locale).search, interactive: true });
}

export function SearchPage({ locale }: { locale: Locale }) {
  const text = getDictionary(locale).search;
  return (
    <>
      <h1>{text.title}</h1>
      <p className="lead">{text.lead}</p>
      <p>{text.privacy}</p>
      <noscript>
        <p className="notice">{text.noScript}</p>
      </noscript>
      <SiteSearch text={text} />
    </>
  );
}
