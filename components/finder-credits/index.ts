export { FinderCredits } from "./FinderCredits";
