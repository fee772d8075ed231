import { FinderPage, finderMetadata } from "../../_templates/finder-page";

export const generateMetadata = () => finderMetadata("nn");

export default function NynorskFinderPage() {
  return <FinderPage locale="nn" />;
}
