import { MarkdownPage, markdownMetadata } from "../_templates/markdown-page";

export const generateMetadata = () => markdownMetadata("en", []);

export default function EnglishHomePage() {
  return <MarkdownPage locale="en" slug={[]} />;
}
