export { RegistryCoverage } from "./RegistryCoverage";
