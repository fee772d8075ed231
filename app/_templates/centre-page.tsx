import { CentreDetails } from "@/components/centre-details";
import { loadGeography } from "@/lib/geo/load";
import { helpLines } from "@/lib/help-lines";
import { fill, getDictionary, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";
import { municipalityHref, pathsFor } from "@/lib/paths";
import { loadCentres } from "@/lib/registry/load";
import { servedMunicipalitiesByCentre } from "@/lib/registry/served-municipalities";
import { SITE_CONTACT_EMAIL } from "@/lib/site";

/** One centre's page, in either language. */

export function centreStaticParams() {
  return loadCentres().map((centre) => ({ id: centre.id }));
}

function centreFor(id: string) {
  const centre = loadCentres().find((candidate) => candidate.id === id);
  if (!centre) throw new Error(`No centre with id ${id}`);
  return centre;
}

export function centreMetadata(locale: Locale, id: string) {
  const centre = centreFor(id);
  const text = getDictionary(locale).centrePage;
  return pageMetadata({ title: centre.name, description: fill(text.description, { name: centre.name }), path: pathsFor(locale).centre(centre.id) });
}

export function CentrePage({ locale, id }: { locale: Locale; id: string }) {
  const centre = centreFor(id);
  const { municipalities } = loadGeography();
  return (
    <article className="content-page">
      <h1>{centre.name}</h1>
      <CentreDetails
        centre={centre}
        municipality={municipalities.find((municipality) => municipality.number === centre.municipality) ?? null}
        served={servedMunicipalitiesByCentre(municipalities, loadCentres()).get(centre.id)!}
        alternativeLines={helpLines.filter((line) => line.id === "hjelpetelefonen" || line.id === "voLinjen")}
        municipalityHref={(municipality) => municipalityHref(municipality.slug)}
        reportEmail={SITE_CONTACT_EMAIL}
        locale={locale}
        text={getDictionary(locale)}
      />
    </article>
  );
}
