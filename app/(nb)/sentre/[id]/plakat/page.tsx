import { Poster, PrintButton } from "@/components/poster";
import { alternativeLines, helpLine } from "@/lib/phone/help-lines";
import { fill, getDictionary } from "@/lib/i18n";
import { bokmalOnly } from "@/lib/i18n/bokmal-only";
import { pageMetadata } from "@/lib/site/metadata";
import { pathsFor, posterHref } from "@/lib/site/paths";
import { loadCentre } from "@/lib/registry/load";
import { SITE_URL } from "@/lib/site/settings";
import { centreStaticParams } from "../../../../_templates/centre-page";

interface Props {
  params: Promise<{ id: string }>;
}

const text = { ...getDictionary("nb"), ...bokmalOnly };

export const dynamicParams = false;

export const generateStaticParams = centreStaticParams;

export async function generateMetadata({ params }: Props) {
  const centre = loadCentre((await params).id);
  return pageMetadata({
    title: fill(text.poster.title, { name: centre.name }),
    description: fill(text.poster.description, { name: centre.name }),
    path: posterHref(centre.id),
  });
}

export default async function PosterPage({ params }: Props) {
  const centre = loadCentre((await params).id);
  const centreHref = pathsFor("nb").centre(centre.id);
  return (
    <>
      <h1>{fill(text.poster.title, { name: centre.name })}</h1>
      <p className="lead">{text.poster.lead}</p>
      <div className="poster-page__actions">
        <PrintButton label={text.poster.print} />
        <p>{text.poster.printHint}</p>
      </div>
      <p>
        <a href={centreHref}>{fill(text.poster.backToCentre, { name: centre.name })}</a>
      </p>
      <Poster
        centre={centre}
        centreUrl={`${SITE_URL}${centreHref}`}
        alternativeLines={alternativeLines}
        emergencyLine={helpLine("police")}
        text={text}
      />
    </>
  );
}
