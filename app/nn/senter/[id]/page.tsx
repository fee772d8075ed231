import { CentrePage, centreMetadata, centreStaticParams } from "../../../_templates/centre-page";

interface Props {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export const generateStaticParams = centreStaticParams;

export async function generateMetadata({ params }: Props) {
  return centreMetadata("nn", (await params).id);
}

export default async function NynorskCentrePage({ params }: Props) {
  return <CentrePage locale="nn" id={(await params).id} />;
}
