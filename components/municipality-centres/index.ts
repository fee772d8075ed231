export { MunicipalityCentres, type MunicipalityCentresProps } from "./MunicipalityCentres";
