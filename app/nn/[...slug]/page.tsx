import { MarkdownPage, markdownMetadata, markdownStaticParams } from "../../_templates/markdown-page";

interface Props {
  params: Promise<{ slug: string[] }>;
}

export const dynamicParams = false;

export const generateStaticParams = () => markdownStaticParams("nn");

export async function generateMetadata({ params }: Props) {
  return markdownMetadata("nn", (await params).slug);
}

export default async function NynorskMarkdownPage({ params }: Props) {
  return <MarkdownPage locale="nn" slug={(await params).slug} />;
}
