import { SearchPage, searchMetadata } from "../../_templates/search-page";

export const generateMetadata = () => searchMetadata("nb");

export default function BokmalSearchPage() {
  return <SearchPage locale="nb" />;
}
