import type { PageLink } from "@/lib/content/sections";

export interface SectionPagesProps {
  pages: readonly PageLink[];
  heading: string;
}

/** A section landing page's list of its pages, each with the summary from its frontmatter. */
export function SectionPages({ pages, heading }: SectionPagesProps) {
  return (
    <section className="section-pages" aria-labelledby="section-pages-heading">
      <h2 id="section-pages-heading" className="section-pages__heading">
        {heading}
      </h2>
      <ul className="section-pages__list">
        {pages.map((page) => (
          <li key={page.href} className="section-pages__item">
            <a href={page.href} className="section-pages__link">
              {page.title}
            </a>
            <p className="section-pages__description">{page.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
