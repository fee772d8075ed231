export { NavList, type NavListProps } from "./NavList";
