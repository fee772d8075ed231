import { MunicipalityCentres } from "@/components/municipality-centres";
import { loadGeography } from "@/lib/geo/load";
import { fill, getDictionary } from "@/lib/i18n";
import { bokmalOnly } from "@/lib/i18n/bokmal-only";
import { pageMetadata } from "@/lib/site/metadata";
import { municipalityHref } from "@/lib/site/paths";
import { loadCentres } from "@/lib/registry/load";
import { centresForMunicipality } from "@/lib/registry/serving";
import { summarizeCentre } from "@/lib/registry/summary";

interface Props {
  params: Promise<{ slug: string }>;
}

const text = { ...getDictionary("nb"), ...bokmalOnly };

/** Where municipal staff read how an agreement with a centre works. */
const AGREEMENTS_HREF = "/for-kommuner/";

export const dynamicParams = false;

export function generateStaticParams() {
  return loadGeography().municipalities.map((municipality) => ({ slug: municipality.slug }));
}

function municipalityFor(slug: string) {
  const geography = loadGeography();
  const municipality = geography.municipalities.find((candidate) => candidate.slug === slug);
  const county = geography.counties.find((candidate) => candidate.number === municipality?.countyNumber);
  if (!municipality || !county) throw new Error(`No municipality with slug ${slug}`);
  return { municipality, county };
}

export async function generateMetadata({ params }: Props) {
  const { municipality } = municipalityFor((await params).slug);
  return pageMetadata({
    title: fill(text.municipalityPage.title, { name: municipality.name }),
    description: fill(text.municipalityPage.description, { name: municipality.name }),
    path: municipalityHref(municipality.slug),
  });
}

export default async function MunicipalityPage({ params }: Props) {
  const { municipality, county } = municipalityFor((await params).slug);
  const t = text.municipalityPage;
  return (
    <article className="content-page">
      <h1>{municipality.name}</h1>
      <p className="lead">{fill(t.lead, { name: municipality.name, county: county.name })}</p>
      {municipality.officialName !== municipality.name && (
        <p>
          {fill(t.officialName, { name: municipality.officialName })}{" "}
          {municipality.alternativeNames
            .map((alternative) => fill(t.alternativeName, { language: text.languageTagNames[alternative.lang], name: alternative.name }))
            .join(" ")}
        </p>
      )}
      <MunicipalityCentres
        municipality={municipality}
        county={county}
        result={centresForMunicipality(
          municipality,
          loadCentres().map((centre) => summarizeCentre(centre, "nb")),
        )}
        agreementsHref={AGREEMENTS_HREF}
        locale="nb"
        text={text}
      />
    </article>
  );
}
