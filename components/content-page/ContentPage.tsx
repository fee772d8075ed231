import type { ReactNode } from "react";
import type { Frontmatter } from "@/lib/content/frontmatter";
import { SourceList } from "@/components/source-list";
import { citeReference } from "@/lib/content/citation";
import { fill, formatDate } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";

export interface ContentPageProps {
  frontmatter: Frontmatter;
  /** The page body, rendered from Markdown at build time by lib/content. */
  html: string;
  locale: string;
  text: Dictionary["content"];
  /** Shown after the body and before the sources, e.g. the help-now numbers. */
  children?: ReactNode;
}

/** A Markdown page: its title as the only h1, the body, when it was checked, and its sources. */
export function ContentPage({ frontmatter, html, locale, text, children }: ContentPageProps) {
  return (
    <article className="content-page">
      <h1>{frontmatter.title}</h1>
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      {children}
      <footer className="content-page__meta">
        <p>
          <time dateTime={frontmatter.updated}>
            {fill(text.updated, { date: formatDate(frontmatter.updated, locale) })}
          </time>
        </p>
        <SourceList heading={text.sources} sources={frontmatter.sources.map(citeReference)} />
      </footer>
    </article>
  );
}
