import type { Dictionary } from "./i18n/types";

type NavKey = keyof Dictionary["nav"];

export interface NavItem {
  key: NavKey;
  href: string;
}

/**
 * The main navigation, in the order the audiences come. An item is listed only once its page
 * exists: the end-to-end suite follows every link and fails on a 404.
 */
export const mainNavigation: readonly NavItem[] = [{ key: "finnSenter", href: "/finn-senter/" }];

/** The footer's links about the site itself. */
export const footerNavigation: readonly NavItem[] = [
  { key: "akuttHjelp", href: "/akutt-hjelp/" },
  { key: "tryggPaNett", href: "/trygg-pa-nett/" },
  { key: "personvern", href: "/personvern/" },
  { key: "tilgjengelighet", href: "/tilgjengelighetserklaering/" },
];
