export { CentresByCounty, type CentresByCountyProps } from "./CentresByCounty";
