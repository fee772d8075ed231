import { CentresPage, centresMetadata } from "../../_templates/centres-page";

export const generateMetadata = () => centresMetadata("nb");

export default function BokmalCentresPage() {
  return <CentresPage locale="nb" />;
}
