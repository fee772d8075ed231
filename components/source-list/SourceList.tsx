import type { Citation } from "@/lib/content/citation";

export interface SourceListProps {
  heading: string;
  headingLevel?: 2 | 3;
  sources: readonly Citation[];
}

/** The sources of a page's facts, linked where they are public pages (without sending a referrer). */
export function SourceList({ heading, headingLevel = 2, sources }: SourceListProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading className="source-list__heading">{heading}</Heading>
      <ul className="source-list">
        {sources.map((source) => (
          <li key={source.url ?? source.title}>
            {source.url ? (
              <a href={source.url} rel="noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
