import { MarkdownPage, markdownMetadata } from "../_templates/markdown-page";

export const generateMetadata = () => markdownMetadata("nn", []);

export default function NynorskHomePage() {
  return <MarkdownPage locale="nn" slug={[]} />;
}
