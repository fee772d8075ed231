import type { County, Municipality } from "@/lib/geo/geography";
import type { BokmalOnlyText } from "@/lib/i18n/bokmal-only";
import { municipalityHref } from "@/lib/site/paths";
import { MunicipalityFilter } from "./MunicipalityList.filter";
import "./municipality-list.css";

export interface MunicipalityListProps {
  municipalities: readonly Municipality[];
  counties: readonly County[];
  text: BokmalOnlyText["municipalitiesPage"];
  locale: string;
}

/** What the filter matches a municipality by: its Norwegian, official, Sámi and Kven names. */
function searchableNames(municipality: Municipality): string {
  return [municipality.name, municipality.officialName, ...municipality.alternativeNames.map((alternative) => alternative.name)].join("|");
}

/**
 * All municipalities A–Å under their counties A–Å. The list is complete without JavaScript; with
 * it, a filter field narrows it as the visitor types.
 */
export function MunicipalityList({ municipalities, counties, text, locale }: MunicipalityListProps) {
  const collator = new Intl.Collator(locale);
  const groups = [...counties]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((county) => ({
      county,
      municipalities: municipalities
        .filter((municipality) => municipality.countyNumber === county.number)
        .sort((a, b) => collator.compare(a.name, b.name)),
    }));
  return (
    <div className="municipality-list">
      <MunicipalityFilter text={text} total={municipalities.length} />
      {groups.map(({ county, municipalities: inCounty }) => (
        <section key={county.number} className="municipality-list__county" aria-labelledby={`fylke-${county.slug}`} data-filter-group="">
          <h2 id={`fylke-${county.slug}`}>{county.name}</h2>
          <ul className="municipality-list__items">
            {inCounty.map((municipality) => (
              <li key={municipality.number} data-filter-names={searchableNames(municipality)}>
                <a href={municipalityHref(municipality.slug)}>{municipality.name}</a>
                {municipality.officialName !== municipality.name && (
                  <span className="municipality-list__official"> ({municipality.officialName})</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
