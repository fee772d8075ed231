export { SourceList, type SourceListProps } from "./SourceList";
