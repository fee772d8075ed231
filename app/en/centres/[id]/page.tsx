import { CentrePage, centreMetadata, centreStaticParams } from "../../../_templates/centre-page";

interface Props {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export const generateStaticParams = centreStaticParams;

export async function generateMetadata({ params }: Props) {
  return centreMetadata("en", (await params).id);
}

export default async function EnglishCentrePage({ params }: Props) {
  return <CentrePage locale="en" id={(await params).id} />;
}
