export { type FieldMessage, PlaceSearch, type PlaceSearchProps, TargetLabel, targetDetail, targetName } from "./PlaceSearch";
