import { MunicipalityLinks } from "@/components/centre-details";
import type { Municipality } from "@/lib/geo/geography";
import type { bokmalOnly } from "@/lib/i18n/bokmal-only";

export interface CentreAgreements {
  id: string;
  name: string;
  href: string;
  /** The municipalities that host the centre. */
  host: readonly Municipality[];
  /** The municipalities with an agreement that fund it. */
  agreement: readonly Municipality[];
}

export interface AgreementsByCentreProps {
  /** Every centre that serves a catchment, with what the registry knows of its agreements. */
  centres: readonly CentreAgreements[];
  municipalityHref: (municipality: Municipality) => string;
  text: (typeof bokmalOnly)["agreementsByCentre"];
}

/**
 * For a municipal officer: which municipalities already have an agreement with each centre, as
 * the registry knows it (the same grouping as the centre and municipality pages), and which
 * centres' agreements are unknown.
 */
export function AgreementsByCentre({ centres, municipalityHref, text }: AgreementsByCentreProps) {
  const known = centres.filter((centre) => centre.host.length + centre.agreement.length > 0);
  const unknown = centres.filter((centre) => centre.host.length + centre.agreement.length === 0);
  return (
    <section className="agreements-by-centre" aria-labelledby="agreements-by-centre-heading">
      <h2 id="agreements-by-centre-heading">{text.heading}</h2>
      <p>{text.lead}</p>
      {known.map((centre) => (
        <div key={centre.id}>
          <h3>
            <a href={centre.href}>{centre.name}</a>
          </h3>
          {centre.host.length > 0 && (
            <MunicipalityLinks label={text.host} municipalities={centre.host} hrefFor={municipalityHref} locale="nb" />
          )}
          {centre.agreement.length > 0 && (
            <MunicipalityLinks label={text.agreement} municipalities={centre.agreement} hrefFor={municipalityHref} locale="nb" />
          )}
        </div>
      ))}
      {unknown.length > 0 && (
        <>
          <h3>{text.unknownHeading}</h3>
          <p>{text.unknownLead}</p>
          <ul className="inline-list">
            {unknown.map((centre) => (
              <li key={centre.id}>
                <a href={centre.href}>{centre.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
