import { MarkdownPage, markdownMetadata, markdownStaticParams } from "../../_templates/markdown-page";

interface Props {
  params: Promise<{ slug: string[] }>;
}

export const dynamicParams = false;

export const generateStaticParams = () => markdownStaticParams("en");

export async function generateMetadata({ params }: Props) {
  return markdownMetadata("en", (await params).slug);
}

export default async function EnglishMarkdownPage({ params }: Props) {
  return <MarkdownPage locale="en" slug={(await params).slug} />;
}
