import { CentresByCounty } from "@/components/centre-list";
import { loadGeography } from "@/lib/geo/load";
import { getDictionary } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";
import { CENTRES_HREF, MUNICIPALITIES_HREF } from "@/lib/paths";
import { loadCentres } from "@/lib/registry/load";
import { summarizeCentre } from "@/lib/registry/summary";

const text = getDictionary("nb");

export const metadata = pageMetadata({ title: text.centresPage.title, description: text.centresPage.description, path: CENTRES_HREF });

export default function CentresPage() {
  return (
    <>
      <h1>{text.centresPage.title}</h1>
      <p className="lead">{text.centresPage.lead}</p>
      <p>
        <a href={MUNICIPALITIES_HREF}>{text.centresPage.toMunicipalities}</a>
      </p>
      <p className="notice">{text.centresPage.unconfirmedNote}</p>
      <CentresByCounty centres={loadCentres().map(summarizeCentre)} counties={loadGeography().counties} text={text.centre} locale="nb" />
    </>
  );
}
