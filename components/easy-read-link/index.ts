export { EasyReadLink, type EasyReadLinkProps } from "./EasyReadLink";
