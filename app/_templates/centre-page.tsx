import { CentreDetails } from "@/components/centre-details";
import { loadGeography } from "@/lib/geo/load";
import { alternativeLines } from "@/lib/phone/help-lines";
import { fill, getDictionary, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/site/metadata";
import { municipalityHref, pathsFor, posterHref } from "@/lib/site/paths";
import { assertSourcesDescribed } from "@/lib/content/sources";
import { loadCentre, loadCentres, loadServedMunicipalities } from "@/lib/registry/load";
import { registryReferences } from "@/lib/registry/summary";
import { SITE_CONTACT_EMAIL } from "@/lib/site/settings";

/** One centre's page, in either language. */

export function centreStaticParams() {
  const centres = loadCentres();
  // Every source a centre page lists is shown by its title, so the build stops at one the table does not describe.
  for (const centre of centres) assertSourcesDescribed(registryReferences(centre), `content/centres/${centre.id}.json`);
  return centres.map((centre) => ({ id: centre.id }));
}

export function centreMetadata(locale: Locale, id: string) {
  const centre = loadCentre(id);
  const text = getDictionary(locale).centrePage;
  return pageMetadata({
    title: centre.name,
    description: fill(text.description, { name: centre.name }),
    path: pathsFor(locale).centre(centre.id),
  });
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
