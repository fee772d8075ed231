import { SearchPage, searchMetadata } from "../../_templates/search-page";

export const generateMetadata = () => searchMetadata("nn");

export default function NynorskSearchPage() {
  return <SearchPage locale="nn" />;
}
