export { MunicipalityList, type MunicipalityListProps } from "./MunicipalityList";
