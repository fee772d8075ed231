import { SearchPage, searchMetadata } from "../../_templates/search-page";

export const generateMetadata = () => searchMetadata("en");

export default function EnglishSearchPage() {
  return <SearchPage locale="en" />;
}
