import { MarkdownPage, markdownMetadata, markdownStaticParams } from "../../_templates/markdown-page";

interface Props {
  params: Promise<{ slug: string[] }>;
}

export const dynamicParams = false;

export const generateStaticParams = () => markdownStaticParams("nb");

export async function generateMetadata({ params }: Props) {
  return markdownMetadata("nb", (await params).slug);
}

export default async function BokmalMarkdownPage({ params }: Props) {
  return <MarkdownPage locale="nb" slug={(await params).slug} />;
}
