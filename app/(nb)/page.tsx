import { MarkdownPage, markdownMetadata } from "../_templates/markdown-page";

export const generateMetadata = () => markdownMetadata("nb", []);

export default function HomePage() {
  return <MarkdownPage locale="nb" slug={[]} />;
}
