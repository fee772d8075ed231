import { CentreDetails } from "@/components/centre-details";
import { loadGeography } from "@/lib/geo/load";
import { alternativeLines } from "@/lib/help-lines";
import { fill, getDictionary, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";
import { municipalityHref, pathsFor, posterHref } from "@/lib/paths";
import { loadCentre, loadCentres, loadServedMunicipalities } from "@/lib/registry/load";
import { SITE_CONTACT_EMAIL } from "@/lib/site";

/** One centre's page, in either language. */

export function centreStaticParams() {
  return loadCentres().map((centre) => ({ id: centre.id }));
}

export function centreMetadata(locale: Locale, id: string) {
  const centre = loadCentre(id);
  const text = getDictionary(locale).centrePage;
  return pageMetadata({ title: centre.name, description: fill(text.description, { name: centre.name }), path: pathsFor(locale).centre(centre.id) });
}

export function CentrePage({ locale, id }: { locale: Locale; id: string }) {
  const centre = loadCentre(id);
  const { municipalities } = loadGeography();
  return (
    <article className="content-page">
      <h1>{centre.name}</h1>
      <CentreDetails
        centre={centre}
        municipality={municipalities.find((municipality) => municipality.number === centre.municipality) ?? null}
        served={loadServedMunicipalities(centre.id)}
        alternativeLines={alternativeLines}
        municipalityHref={(municipality) => municipalityHref(municipality.slug)}
        reportEmail={SITE_CONTACT_EMAIL}
        posterHref={posterHref(centre.id)}
        locale={locale}
        text={getDictionary(locale)}
      />
    </article>
  );
}
