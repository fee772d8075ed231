import { CentreCard } from "@/components/centre-card";
import type { Dictionary } from "@/lib/i18n/types";
import type { CountyGroup } from "@/lib/registry/by-county";
import type { CentreSummary } from "@/lib/registry/summary";
import "./centres-by-county.css";

/** The id of a centre's item in this list, so that the map can move focus to it. */
export function countyListItemId(centreId: string): string {
  return `senter-${centreId}`;
}

export interface CentresByCountyProps {
  groups: readonly CountyGroup<CentreSummary>[];
  municipalitiesHref: string;
  text: Dictionary["finder"]["allCentres"];
  centreText: Dictionary["centre"];
  locale: string;
}

/** Every centre, by county: what the finder page shows without JavaScript, and a plain overview with it. */
export function CentresByCounty({ groups, municipalitiesHref, text, centreText, locale }: CentresByCountyProps) {
  return (
    <section className="centres-by-county" aria-labelledby="alle-sentre">
      <h2 id="alle-sentre">{text.heading}</h2>
      <p>
        <a href={municipalitiesHref}>{text.municipalities}</a>
      </p>
      {groups.map(({ county, centres }) => (
        <section key={county.number} aria-labelledby={`fylke-${county.number}`}>
          <h3 id={`fylke-${county.number}`} className="centres-by-county__county">
            {county.name}
          </h3>
          <ul className="card-list">
            {centres.map((centre) => (
              <li key={centre.id} id={countyListItemId(centre.id)} tabIndex={-1}>
                <CentreCard centre={centre} text={centreText} locale={locale} headingLevel={4} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
