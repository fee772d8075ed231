export { HeaderSearch, type HeaderSearchProps } from "./HeaderSearch";
export { SiteSearch, type SiteSearchProps } from "./SiteSearch";
