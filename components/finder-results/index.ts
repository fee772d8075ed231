export { FinderResults, type FinderResultsProps } from "./FinderResults";
