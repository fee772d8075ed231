export { type FieldMessage, PlaceSearch, type PlaceSearchProps, TargetLabel } from "./PlaceSearch";
export { type PlaceSearchOptions, usePlaceSearch } from "./usePlaceSearch";
export { PlaceSearchFeedback, type PlaceSearchFeedbackProps } from "./PlaceSearchFeedback";
