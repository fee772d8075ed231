import { ContentPage } from "@/components/content-page";
import { loadContentPage } from "@/lib/content/pages";
import { getDictionary } from "@/lib/i18n";
import { pageMetadata } from "@/lib/metadata";

export async function generateMetadata() {
  const page = await loadContentPage("nb", []);
  // A page's title is not put into its own layout's template, so the home title stays whole.
  return pageMetadata({ title: getDictionary("nb").meta.homeTitle, description: page.frontmatter.description, path: "/" });
}

export default async function HomePage() {
  const page = await loadContentPage("nb", []);
  return (
    <ContentPage
      frontmatter={page.frontmatter}
      html={page.html}
      locale="nb"
      text={getDictionary("nb")}
      // The home page belongs to no section: its way on is the finder and the help-now numbers.
      neighbours={{ children: [] }}
    />
  );
}
