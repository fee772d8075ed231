import { CentreCard } from "@/components/centre-card";
import type { County, Municipality } from "@/lib/geo/geography";
import { fill } from "@/lib/i18n/format";
import type { BokmalOnlyText } from "@/lib/i18n/bokmal-only";
import type { Dictionary } from "@/lib/i18n/types";
import type { MunicipalityCentres as Result } from "@/lib/registry/serving";
import type { CentreSummary } from "@/lib/registry/summary";

export interface MunicipalityCentresProps {
  municipality: Municipality;
  county: County;
  result: Result<CentreSummary>;
  /** How many of the next nearest centres to show after the serving one. */
  nearbyCount?: number;
  agreementsHref: string;
  locale: string;
  text: Pick<Dictionary, "serving" | "centre"> & Pick<BokmalOnlyText, "municipalityPage">;
}

/**
 * A municipality's centre and why, the next nearest ones, any centre of the county whose place is
 * unknown, and a word for the municipality's own staff.
 */
export function MunicipalityCentres({
  municipality,
  county,
  result,
  nearbyCount = 2,
  agreementsHref,
  locale,
  text,
}: MunicipalityCentresProps) {
  const t = text.municipalityPage;
  const name = municipality.name;
  const serving = result.serving;
  const staffLine =
    serving?.reason === "agreement"
      ? fill(t.staffAgreement, { name, centre: serving.centre.name })
      : serving?.reason === "host"
        ? fill(t.staffHost, { name, centre: serving.centre.name })
        : fill(t.staffUnknown, { name });
  return (
    <>
      {serving && (
        <section aria-labelledby="senteret">
          <h2 id="senteret">{fill(text.serving.heading, { name })}</h2>
          <p>{fill(text.serving.reason[serving.reason], { name })}</p>
          <CentreCard centre={serving.centre} distanceKm={serving.distanceKm} text={text.centre} locale={locale} />
        </section>
      )}
      {result.unknownLocation.length > 0 && (
        <section aria-labelledby="ukjent-plassering">
          <h2 id="ukjent-plassering">{t.unknownLocationHeading}</h2>
          <p>{fill(t.unknownLocationLead, { county: county.name })}</p>
          <ul className="card-list">
            {result.unknownLocation.map((centre) => (
              <li key={centre.id}>
                <CentreCard centre={centre} text={text.centre} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="i-naerheten">
        <h2 id="i-naerheten">{t.nearbyHeading}</h2>
        <ol className="card-list">
          {result.others.slice(0, nearbyCount).map(({ centre, distanceKm }) => (
            <li key={centre.id}>
              <CentreCard centre={centre} distanceKm={distanceKm} text={text.centre} locale={locale} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="for-ansatte">
        <h2 id="for-ansatte">{t.staffHeading}</h2>
        <p>{staffLine}</p>
        <p>
          <a href={agreementsHref}>{t.staffLink}</a>
        </p>
      </section>
    </>
  );
}
