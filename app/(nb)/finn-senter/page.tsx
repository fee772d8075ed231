import { FinderPage, finderMetadata } from "../../_templates/finder-page";

export const generateMetadata = () => finderMetadata("nb");

export default function BokmalFinderPage() {
  return <FinderPage locale="nb" />;
}
