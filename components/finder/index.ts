export { Finder, type FinderProps } from "./Finder";
