export { CentreDetails, type CentreDetailsProps } from "./CentreDetails";
export { MunicipalityLinks, type MunicipalityLinksProps } from "./CentreDetails.municipalities";
