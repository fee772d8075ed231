import { ContentPage } from "@/components/content-page";
import { listContentPages, loadContentPage } from "@/lib/content/pages";
import { getDictionary } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";

interface Props {
  params: Promise<{ slug: string[] }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  const pages = await listContentPages("nb");
  return pages.filter((page) => page.slug.length > 0).map((page) => ({ slug: page.slug }));
}

export async function generateMetadata({ params }: Props) {
  const page = await loadContentPage("nb", (await params).slug);
  return pageMetadata({ title: page.frontmatter.title, description: page.frontmatter.description, path: page.href });
}

export default async function MarkdownPage({ params }: Props) {
  const page = await loadContentPage("nb", (await params).slug);
  return <ContentPage frontmatter={page.frontmatter} html={page.html} locale="nb" text={getDictionary("nb").content} />;
}
