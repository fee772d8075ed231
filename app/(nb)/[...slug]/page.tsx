import type { ReactNode } from "react";
import { ContentPage } from "@/components/content-page";
import { FinancingCalculator } from "@/components/financing-calculator";
import type { PageEmbed } from "@/lib/content/frontmatter";
import { listContentPages, listPageSummaries, loadContentPage } from "@/lib/content/pages";
import { neighboursOf } from "@/lib/content/sections";
import { type Dictionary, getDictionary } from "@/lib/i18n";
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

/** What each `embed` in a page's frontmatter renders; the Record type makes every embed have one. */
function embedFor(embed: PageEmbed, text: Dictionary): ReactNode {
  const embeds: Record<PageEmbed, ReactNode> = {
    "financing-calculator": <FinancingCalculator locale="nb" text={text.financingCalculator} />,
  };
  return embeds[embed];
}

export default async function MarkdownPage({ params }: Props) {
  const { slug } = await params;
  const page = await loadContentPage("nb", slug);
  const text = getDictionary("nb");
  return (
    <ContentPage
      frontmatter={page.frontmatter}
      html={page.html}
      locale="nb"
      text={text}
      neighbours={neighboursOf(await listPageSummaries("nb"), slug)}
    >
      {page.frontmatter.embed && embedFor(page.frontmatter.embed, text)}
    </ContentPage>
  );
}
