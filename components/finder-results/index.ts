export { FinderResults, type FinderResultsProps, resultItemId } from "./FinderResults";
