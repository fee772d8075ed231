import { CentreDetails } from "@/components/centre-details";
import { loadGeography } from "@/lib/geo/load";
import { alternativeLines } from "@/lib/help-lines";
import { fill, getDictionary } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";
import { centreHref, municipalityHref, posterHref } from "@/lib/paths";
import { loadCentre, loadCentres } from "@/lib/registry/load";
import { servedMunicipalitiesByCentre } from "@/lib/registry/served-municipalities";
import { SITE_CONTACT_EMAIL } from "@/lib/site";

interface Props {
  params: Promise<{ id: string }>;
}

const text = getDictionary("nb");

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCentres().map((centre) => ({ id: centre.id }));
}

export async function generateMetadata({ params }: Props) {
  const centre = loadCentre((await params).id);
  return pageMetadata({ title: centre.name, description: fill(text.centrePage.description, { name: centre.name }), path: centreHref(centre.id) });
}

export default async function CentrePage({ params }: Props) {
  const centre = loadCentre((await params).id);
  const { municipalities } = loadGeography();
  const served = servedMunicipalitiesByCentre(municipalities, loadCentres()).get(centre.id)!;
  return (
    <article className="content-page">
      <h1>{centre.name}</h1>
      <CentreDetails
        centre={centre}
        municipality={municipalities.find((municipality) => municipality.number === centre.municipality) ?? null}
        served={served}
        alternativeLines={alternativeLines}
        municipalityHref={(municipality) => municipalityHref(municipality.slug)}
        reportEmail={SITE_CONTACT_EMAIL}
        posterHref={posterHref(centre.id)}
        locale="nb"
        text={text}
      />
    </article>
  );
}
