import { ContentPage } from "@/components/content-page";
import { loadContentPage } from "@/lib/content/pages";
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
      // The home page belongs to no section: its way on is the finder and the help-now numbers.
      neighbours={{ children: [] }}
    />
  );
}
