export { CentreCard, type CentreCardProps } from "./CentreCard";
