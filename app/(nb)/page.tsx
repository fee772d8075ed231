import { ContentPage } from "@/components/content-page";
import { listPageSummaries, loadContentPage } from "@/lib/content/pages";
import { neighboursOf } from "@/lib/content/sections";
import { getDictionary } from "@/lib/i18n";

export async function generateMetadata() {
  const page = await loadContentPage("nb", []);
  return { description: page.frontmatter.description, alternates: { canonical: "/" } };
}

export default async function HomePage() {
  const page = await loadContentPage("nb", []);
  return (
    <ContentPage
      frontmatter={page.frontmatter}
      html={page.html}
      locale="nb"
      text={getDictionary("nb")}
      neighbours={neighboursOf(await listPageSummaries("nb"), [])}
    />
  );
}
