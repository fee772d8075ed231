export { type FieldMessage, PlaceSearch, type PlaceSearchProps, TargetLabel, targetName } from "./PlaceSearch";
