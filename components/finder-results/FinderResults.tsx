import type { ReactNode, Ref } from "react";
import { CentreCard } from "@/components/centre-card";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import type { FinderResult } from "@/lib/finder/rank";
import type { CentreSummary } from "@/lib/registry/summary";
import "./finder-results.css";

export interface FinderResultsProps {
  result: FinderResult<CentreSummary>;
  heading: string;
  /** The heading takes focus when the visitor picked a place from a list that then disappears. */
  headingRef?: Ref<HTMLHeadingElement>;
  text: Dictionary["finder"]["results"];
  servingText: Dictionary["serving"];
  centreText: Dictionary["centre"];
  locale: string;
  /**
   * "all" (the finder page): every centre. "serving" (the home page): the centre for the place and
   * its county's centres of unknown location, or, where no municipality is known, the nearest one.
   */
  scope?: "all" | "serving";
}

/**
 * The ranked centres as an ordered list: the accessible equivalent of the map, and enough on its
 * own. First the centre for the visitor's municipality with the reason in plain words, then
 * centres of the county whose location is unknown (they cannot be ranked, and must not be lost),
 * then every other centre by straight-line distance. Without a municipality, centres of unknown
 * location come last.
 */
export function FinderResults({ result, heading, headingRef, text, servingText, centreText, locale, scope = "all" }: FinderResultsProps) {
  const { serving, municipality, unknownLocation } = result;
  const others = scope === "all" ? result.others : municipality ? [] : result.others.slice(0, 1);
  const item = (centre: CentreSummary, distanceKm?: number, badge?: ReactNode) => (
    <li key={centre.id}>
      <CentreCard centre={centre} text={centreText} locale={locale} distanceKm={distanceKm} badge={badge} headingLevel={3} />
    </li>
  );
  const unknownItems = unknownLocation.map((centre) =>
    item(centre, undefined, municipality ? fill(text.sameCounty, { county: municipality.countyName }) : undefined),
  );

  return (
    <section className="finder-results" aria-labelledby="finder-results-heading">
      <h2 id="finder-results-heading" ref={headingRef} tabIndex={-1} className="finder-results__heading">
        {heading}
      </h2>
      <ol className="card-list finder-results__list">
        {serving &&
          municipality &&
          item(
            serving.centre,
            serving.distanceKm,
            <>
              {fill(servingText.heading, { name: municipality.name })}
              <span className="finder-results__reason">{fill(servingText.reason[serving.reason], { name: municipality.name })}</span>
            </>,
          )}
        {municipality && unknownItems}
        {others.map((other) => item(other.centre, other.distanceKm))}
        {!municipality && scope === "all" && unknownItems}
      </ol>
    </section>
  );
}
