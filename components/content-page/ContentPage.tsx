import type { ReactNode } from "react";
import type { Frontmatter } from "@/lib/content/frontmatter";
import type { PageNeighbours } from "@/lib/content/sections";
import { isSeedFileName, seedDocuments } from "@/lib/content/seeds";
import { fill, formatDate } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import { SectionPages } from "./ContentPage.section-pages";
import { WayOn } from "./ContentPage.way-on";

export interface ContentPageProps {
  frontmatter: Frontmatter;
  /** The page body, rendered from Markdown at build time by lib/content. */
  html: string;
  locale: string;
  text: Pick<Dictionary, "content" | "contentNavigation">;
  /** The page's place among the others: what a landing page lists, and what "the way on" offers. */
  neighbours: PageNeighbours;
  /** Shown after the body and before the sources, e.g. the page's embed. */
  children?: ReactNode;
}

/** A URL as a reader would write it: no protocol, and percent-escapes such as %2D shown as text. */
function readableUrl(url: string): string {
  const withoutProtocol = url.replace(/^https?:\/\//, "");
  try {
    return decodeURI(withoutProtocol);
  } catch {
    return withoutProtocol;
  }
}

function SourceItem({ source }: { source: string }) {
  if (isSeedFileName(source)) {
    const seed: { title: string; url?: string } = seedDocuments[source];
    return <li>{seed.url ? <a href={seed.url} rel="noreferrer">{seed.title}</a> : seed.title}</li>;
  }
  return (
    <li>
      <a href={source} rel="noreferrer">
        {readableUrl(source)}
      </a>
    </li>
  );
}

/**
 * A Markdown page: its title as the only h1, the body, its section's pages if it is a landing
 * page, when it was checked and its sources; then the way on.
 */
export function ContentPage({ frontmatter, html, locale, text, neighbours, children }: ContentPageProps) {
  return (
    <div className="content-page">
      <article>
        <h1>{frontmatter.title}</h1>
        <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
        {children}
        {neighbours.children.length > 0 && (
          <SectionPages pages={neighbours.children} heading={text.contentNavigation.sectionPagesHeading} />
        )}
        <footer className="content-page__meta">
          <p>
            <time dateTime={frontmatter.updated}>
              {fill(text.content.updated, { date: formatDate(frontmatter.updated, locale) })}
            </time>
          </p>
          <h2 className="content-page__sources-heading">{text.content.sources}</h2>
          <ul className="content-page__sources">
            {frontmatter.sources.map((source) => (
              <SourceItem key={source} source={source} />
            ))}
          </ul>
        </footer>
      </article>
      <WayOn section={neighbours.section} text={text.contentNavigation} />
    </div>
  );
}
