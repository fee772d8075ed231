export { type FieldMessage, PlaceSearch, type PlaceSearchProps, TargetLabel } from "./PlaceSearch";
