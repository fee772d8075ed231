import { HELP_NOW_ID } from "@/components/help-now";
import type { PageNeighbours } from "@/lib/content/sections";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";

export interface WayOnProps {
  section: PageNeighbours["section"];
  /** Where the finder is, in the page's language. */
  finderHref: string;
  text: Dictionary["contentNavigation"];
}

/**
 * "The way on" at the end of every content page: a reader who has finished a page should not
 * have to scroll back up to find a centre, the help-now numbers or the next page to read.
 */
export function WayOn({ section, finderHref, text }: WayOnProps) {
  return (
    <nav className="way-on" aria-labelledby="way-on-heading">
      <h2 id="way-on-heading" className="way-on__heading">
        {text.wayOnHeading}
      </h2>
      <ul className="way-on__list">
        <li>
          <a href={finderHref}>{text.finder}</a>
        </li>
        <li>
          <a href={`#${HELP_NOW_ID}`}>{text.helpNow}</a>
        </li>
      </ul>
      {section && (
        <>
          <h3 className="way-on__subheading">{text.moreInSection}</h3>
          <ul className="way-on__list">
            <li>
              <a href={section.landing.href}>{fill(text.sectionOverview, { section: section.landing.title })}</a>
            </li>
            {section.siblings.map((page) => (
              <li key={page.href}>
                <a href={page.href}>{page.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
