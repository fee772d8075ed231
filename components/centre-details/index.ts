export { CentreDetails, type CentreDetailsProps } from "./CentreDetails";
