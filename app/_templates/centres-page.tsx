import { CentresByCounty } from "@/components/centre-list";
import { loadGeography } from "@/lib/geo/load";
import { fill, getDictionary, type Locale, localeOfPath } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { MUNICIPALITIES_HREF, pathsFor } from "@/lib/site/paths";
import { loadCentres } from "@/lib/registry/load";
import { summarizeCentre } from "@/lib/registry/summary";

/** Every centre, by county, in either language. */

export function centresMetadata(locale: Locale) {
  const text = getDictionary(locale).centresPage;
  return pageMetadata({ title: text.title, description: text.description, path: pathsFor(locale).centres });
}

export function CentresPage({ locale }: { locale: Locale }) {
  const text = getDictionary(locale);
  const centres = loadCentres();
  const incestCentres = centres.filter((centre) => centre.servesCatchment).length;
  const network = pathsFor(locale).network;
  return (
    <>
      <h1>{text.centresPage.title}</h1>
      <p className="lead">{text.centresPage.lead}</p>
      <p>
        <a href={MUNICIPALITIES_HREF} hrefLang="nb">
          {text.centresPage.toMunicipalities}
        </a>
      </p>
      <div className="notice">
        <p>
          {centres.some((centre) => centre.confirmation.status !== "unconfirmed")
            ? text.centresPage.partlyConfirmedNote
            : text.centresPage.unconfirmedNote}
        </p>
        <p>
          {fill(text.centresPage.coverage, { count: incestCentres })}{" "}
          <a href={network} hrefLang={localeOfPath(network)}>
            {text.centresPage.coverageLink}
          </a>
        </p>
      </div>
      <CentresByCounty
        centres={centres.map((centre) => summarizeCentre(centre, locale))}
        counties={loadGeography().counties}
        text={text.centre}
        locale={locale}
      />
    </>
  );
}
