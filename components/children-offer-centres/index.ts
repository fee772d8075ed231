export { type ChildOfferCentre, ChildrenOfferCentres, type ChildrenOfferCentresProps } from "./ChildrenOfferCentres";
