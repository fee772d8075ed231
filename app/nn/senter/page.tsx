import { CentresPage, centresMetadata } from "../../_templates/centres-page";

export const generateMetadata = () => centresMetadata("nn");

export default function NynorskCentresPage() {
  return <CentresPage locale="nn" />;
}
