export { PlaceChoices, type PlaceChoicesProps } from "./PlaceChoices";
export { type FieldMessage, PlaceSearch, type PlaceSearchProps, TargetLabel } from "./PlaceSearch";
export { type PlaceSearchOptions, usePlaceSearch } from "./usePlaceSearch";
