import { MunicipalityList } from "@/components/municipality-list";
import { loadGeography } from "@/lib/geo/load";
import { getDictionary } from "@/lib/i18n";
import { bokmalOnly } from "@/lib/i18n/bokmal-only";
import { pageMetadata } from "@/lib/site/metadata";
import { MUNICIPALITIES_HREF } from "@/lib/site/paths";

const text = { ...getDictionary("nb"), ...bokmalOnly };

export const generateMetadata = () =>
  pageMetadata({ title: text.municipalitiesPage.title, description: text.municipalitiesPage.description, path: MUNICIPALITIES_HREF });

export default function MunicipalitiesPage() {
  const { municipalities, counties } = loadGeography();
  return (
    <>
      <h1>{text.municipalitiesPage.title}</h1>
      <p className="lead">{text.municipalitiesPage.lead}</p>
      <MunicipalityList municipalities={municipalities} counties={counties} text={text.municipalitiesPage} locale="nb" />
    </>
  );
}
