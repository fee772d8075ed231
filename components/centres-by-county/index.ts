export { CentresByCounty, type CentresByCountyProps, countyListItemId } from "./CentresByCounty";
