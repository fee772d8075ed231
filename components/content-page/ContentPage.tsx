import type { ReactNode } from "react";
import type { Frontmatter } from "@/lib/content/frontmatter";
import { SourceList } from "@/components/source-list";
import { citeReference } from "@/lib/content/citation";
import type { PageNeighbours } from "@/lib/content/sections";
import { fill, formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/types";
import { pathsFor } from "@/lib/site/paths";
import { SectionPages } from "./ContentPage.section-pages";
import { WayOn } from "./ContentPage.way-on";
import "./easy-read.css";
import "./content-page.css";

export interface ContentPageProps {
  frontmatter: Frontmatter;
  /** The page body, rendered from Markdown at build time by lib/content. */
  html: string;
  locale: Locale;
  text: Pick<Dictionary, "content" | "contentNavigation">;
  /** The page's place among the others: what a landing page lists, and what "the way on" offers. */
  neighbours: PageNeighbours;
  /** Shown after the body and before the sources, e.g. the page's embed. */
  children?: ReactNode;
  /** An easy-to-read page (lettlest): larger type in a narrow column. */
  easyRead?: boolean;
  /** Folds the sources into a disclosure, for pages where a frightened reader should meet the help first. */
  collapseSources?: boolean;
  /** Shown between the title and the body: the home page's front door. */
  intro?: ReactNode;
  /** A modifier for the page's own layout, e.g. "content-page--home". */
  className?: string;
}

/**
 * A Markdown page: its title as the only h1, the body, its section's pages if it is a landing
 * page, when it was checked and its sources; then the way on.
 */
export function ContentPage({
  frontmatter,
  html,
  locale,
  text,
  neighbours,
  children,
  easyRead = false,
  collapseSources = false,
  intro,
  className,
}: ContentPageProps) {
  const classes = ["content-page", easyRead && "content-page--easy-read", className].filter(Boolean).join(" ");
  return (
    <div className={classes}>
      <article>
        <h1>{frontmatter.title}</h1>
        {intro}
        <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
        {children}
        {neighbours.children.length > 0 && (
          <SectionPages pages={neighbours.children} heading={text.contentNavigation.sectionPagesHeading} />
        )}
        <footer className="content-page__meta">
          <p>
            <time dateTime={frontmatter.updated}>{fill(text.content.updated, { date: formatDate(frontmatter.updated, locale) })}</time>
          </p>
          <SourceList
            heading={text.content.sources}
            sources={frontmatter.sources.map(citeReference)}
            locale={locale}
            text={text.content}
            collapsed={collapseSources}
          />
        </footer>
      </article>
      <WayOn section={neighbours.section} finderHref={pathsFor(locale).finder} text={text.contentNavigation} />
    </div>
  );
}
