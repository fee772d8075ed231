import { CentresPage, centresMetadata } from "../../_templates/centres-page";

export const generateMetadata = () => centresMetadata("en");

export default function EnglishCentresPage() {
  return <CentresPage locale="en" />;
}
