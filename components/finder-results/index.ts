export { FinderResults, type FinderResultsProps } from "./FinderResults";
export { useHeadingFocus } from "./useHeadingFocus";
