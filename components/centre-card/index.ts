export { CentreCard, type CentreCardProps, formatKm } from "./CentreCard";
