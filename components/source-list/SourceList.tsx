import type { Citation } from "@/lib/content/citation";
import type { Locale } from "@/lib/i18n/config";
import { formatPartialDate } from "@/lib/i18n/format";
import { pickLanguage } from "@/lib/i18n/localized";
import type { Dictionary } from "@/lib/i18n/types";
import "./source-list.css";

export interface SourceListProps {
  heading: string;
  headingLevel?: 2 | 3;
  sources: readonly Citation[];
  locale: Locale;
  text: Pick<Dictionary["content"], "quoteOpen" | "quoteClose">;
  /**
   * Folds the list into a "Kilder" disclosure that opens without JavaScript (`<details>`), where a
   * frightened reader should meet the help before the sources (the help-now page).
   */
  collapsed?: boolean;
}

/** One source: "Publisher: «Title» (date)", or "Publisher: what it is about (date)", linked where it is public. */
function SourceLabel({ source, locale, text }: { source: Citation; locale: Locale; text: SourceListProps["text"] }) {
  let what;
  if (source.title !== undefined) {
    what = (
      <span lang={source.lang === locale ? undefined : source.lang}>
        {text.quoteOpen}
        {source.title}
        {text.quoteClose}
      </span>
    );
  } else {
    // Our own description of the source, in the page's language where we have written one.
    const subject = pickLanguage(source.subject ?? { nb: "" }, locale);
    what = <span lang={subject.lang === locale ? undefined : subject.lang}>{subject.text}</span>;
  }
  return (
    <>
      {source.publisher}: {what}
    </>
  );
}

/** The sources of a page's facts, by publisher and title, linked where they are public pages (without sending a referrer). */
export function SourceList({ heading, headingLevel = 2, sources, locale, text, collapsed = false }: SourceListProps) {
  const Heading = `h${headingLevel}` as const;
  const list = (
    <ul className="source-list">
      {sources.map((source, index) => (
        <li key={source.url ?? index}>
          {source.url ? (
            <a href={source.url} rel="noreferrer">
              <SourceLabel source={source} locale={locale} text={text} />
            </a>
          ) : (
            <SourceLabel source={source} locale={locale} text={text} />
          )}
          {source.date && ` (${formatPartialDate(source.date, locale)})`}
        </li>
      ))}
    </ul>
  );
  if (collapsed) {
    return (
      <details className="source-list__details">
        <summary className="source-list__summary">{heading}</summary>
        {list}
      </details>
    );
  }
  return (
    <>
      <Heading className="source-list__heading">{heading}</Heading>
      {list}
    </>
  );
}
