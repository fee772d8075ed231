import type { Dictionary } from "./i18n/types";
import { FINDER_HREF } from "./paths";

type NavKey = keyof Dictionary["nav"];

export interface NavItem {
  key: NavKey;
  href: string;
}

/**
 * The main navigation, in the order the audiences come. An item is listed only once its page
 * exists: the end-to-end suite follows every link and fails on a 404.
 */
export const mainNavigation: readonly NavItem[] = [
  { key: "utsatt", href: "/til-deg-som-er-utsatt/" },
  { key: "parorende", href: "/parorende/" },
  { key: "fagpersoner", href: "/fagpersoner/" },
  { key: "kommuner", href: "/for-kommuner/" },
  { key: "finnSenter", href: FINDER_HREF },
];

/** The footer's links about the site itself. */
export const footerNavigation: readonly NavItem[] = [
  { key: "omNok", href: "/om-nok/" },
  { key: "akuttHjelp", href: "/akutt-hjelp/" },
  { key: "alleSentre", href: "/sentre/" },
  { key: "alleKommuner", href: "/kommuner/" },
  { key: "tryggPaNett", href: "/trygg-pa-nett/" },
  { key: "personvern", href: "/personvern/" },
  { key: "tilgjengelighet", href: "/tilgjengelighetserklaering/" },
  { key: "omData", href: "/om-data/" },
];
