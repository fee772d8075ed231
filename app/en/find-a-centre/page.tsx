import { FinderPage, finderMetadata } from "../../_templates/finder-page";

export const generateMetadata = () => finderMetadata("en");

export default function EnglishFinderPage() {
  return <FinderPage locale="en" />;
}
