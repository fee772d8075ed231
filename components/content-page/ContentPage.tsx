import type { ReactNode } from "react";
import type { Frontmatter } from "@/lib/content/frontmatter";
import { isSeedFileName, seedDocuments } from "@/lib/content/seeds";
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

function SourceItem({ source }: { source: string }) {
  if (isSeedFileName(source)) {
    const seed: { title: string; url?: string } = seedDocuments[source];
    return <li>{seed.url ? <a href={seed.url} rel="noreferrer">{seed.title}</a> : seed.title}</li>;
  }
  return (
    <li>
      <a href={source} rel="noreferrer">
        {source.replace(/^https?:\/\//, "")}
      </a>
    </li>
  );
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
        <h2 className="content-page__sources-heading">{text.sources}</h2>
        <ul className="content-page__sources">
          {frontmatter.sources.map((source) => (
            <SourceItem key={source} source={source} />
          ))}
        </ul>
      </footer>
    </article>
  );
}
