export { AgreementsByCentre, type AgreementsByCentreProps, type CentreAgreements } from "./AgreementsByCentre";
