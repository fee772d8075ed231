import type { ReactNode } from "react";
import { ContentPage } from "@/components/content-page";
import { FinancingCalculator } from "@/components/financing-calculator";
import { RegistryCoverage } from "@/components/registry-coverage";
import type { PageEmbed } from "@/lib/content/frontmatter";
import { listContentPages, listPageSummaries, loadContentPage } from "@/lib/content/pages";
import { neighboursOf } from "@/lib/content/sections";
import { todayInNorway } from "@/lib/dates";
import { type Dictionary, getDictionary, type Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";
import { registryCoverage } from "@/lib/registry/coverage";
import { loadRecords } from "@/lib/registry/load";
import { registryReport } from "@/lib/registry/report";

/**
 * A Markdown page of either language, shared by the bokmål and English routes. The home page is
 * content/<locale>/index.md; every other file is a page at its path.
 */

export async function markdownStaticParams(locale: Locale) {
  const pages = await listContentPages(locale);
  return pages.filter((page) => page.slug.length > 0).map((page) => ({ slug: page.slug }));
}

export async function markdownMetadata(locale: Locale, slug: readonly string[]) {
  const page = await loadContentPage(locale, slug);
  // The home page keeps the site's own title from the root layout.
  return pageMetadata({ title: slug.length > 0 ? page.frontmatter.title : undefined, description: page.frontmatter.description, path: page.href });
}

/** What each `embed` in a page's frontmatter renders; the Record type makes every embed have one. */
function embedFor(embed: PageEmbed, text: Dictionary, locale: Locale): ReactNode {
  const embeds: Record<PageEmbed, () => ReactNode> = {
    "financing-calculator": () => <FinancingCalculator locale={locale} text={text.financingCalculator} />,
    "registry-coverage": () => {
      const today = todayInNorway();
      return <RegistryCoverage coverage={registryCoverage(registryReport(loadRecords(), today))} builtOn={today} locale={locale} text={text.registryCoverage} />;
    },
  };
  return embeds[embed]();
}

export async function MarkdownPage({ locale, slug }: { locale: Locale; slug: readonly string[] }) {
  const page = await loadContentPage(locale, slug);
  const text = getDictionary(locale);
  return (
    <ContentPage
      frontmatter={page.frontmatter}
      html={page.html}
      locale={locale}
      text={text}
      neighbours={neighboursOf(await listPageSummaries(locale), slug)}
    >
      {page.frontmatter.embed && embedFor(page.frontmatter.embed, text, locale)}
    </ContentPage>
  );
}
