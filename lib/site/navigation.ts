import type { Locale } from "../i18n/config";
import type { Dictionary } from "../i18n/types";
import { MUNICIPALITIES_HREF, pathsFor } from "./paths";

type NavKey = keyof Dictionary["nav"];

export interface NavItem {
  key: NavKey;
  href: string;
}

export interface Navigation {
  /** The main navigation, in the order the audiences come. */
  main: readonly NavItem[];
  /** The footer's links about the site itself. */
  footer: readonly NavItem[];
}

const nb = pathsFor("nb");
const nn = pathsFor("nn");
const en = pathsFor("en");

/**
 * The navigation of each language. An item is listed only once its page exists: the end-to-end
 * suite follows every link and fails on a 404. English links to a bokmål page only where there is
 * no English one, and its dictionary labels say "(in Norwegian)". Nynorsk keeps bokmål's menu,
 * and its links lead to the bokmål pages where there is no nynorsk one, as they do for readers of
 * nynorsk on any Norwegian public site.
 */
export const navigation: Record<Locale, Navigation> = {
  nb: {
    main: [
      { key: "utsatt", href: "/til-deg-som-er-utsatt/" },
      { key: "parorende", href: "/parorende/" },
      { key: "fagpersoner", href: "/fagpersoner/" },
      { key: "kommuner", href: "/for-kommuner/" },
      { key: "finnSenter", href: nb.finder },
    ],
    footer: [
      { key: "omNok", href: "/om-nok/" },
      { key: "akuttHjelp", href: nb.helpNow },
      { key: "alleSentre", href: nb.centres },
      { key: "alleKommuner", href: MUNICIPALITIES_HREF },
      { key: "tryggPaNett", href: "/trygg-pa-nett/" },
      { key: "personvern", href: "/personvern/" },
      { key: "tilgjengelighet", href: "/tilgjengelighetserklaering/" },
      { key: "omData", href: "/om-data/" },
    ],
  },
  nn: {
    main: [
      { key: "utsatt", href: "/nn/til-deg-som-er-utsett/" },
      { key: "parorende", href: "/nn/parorande/" },
      { key: "fagpersoner", href: "/fagpersoner/" },
      { key: "kommuner", href: "/for-kommuner/" },
      { key: "finnSenter", href: nn.finder },
    ],
    footer: [
      { key: "omNok", href: "/om-nok/" },
      { key: "akuttHjelp", href: nn.helpNow },
      { key: "alleSentre", href: nn.centres },
      { key: "alleKommuner", href: MUNICIPALITIES_HREF },
      { key: "tryggPaNett", href: "/nn/trygg-pa-nett/" },
      { key: "personvern", href: "/nn/personvern/" },
      { key: "tilgjengelighet", href: "/tilgjengelighetserklaering/" },
      { key: "omData", href: "/om-data/" },
    ],
  },
  en: {
    main: [
      { key: "utsatt", href: "/en/if-you-were-abused/" },
      { key: "parorende", href: "/en/relatives/" },
      { key: "finnSenter", href: en.finder },
    ],
    footer: [
      { key: "omNok", href: "/en/about/" },
      { key: "akuttHjelp", href: en.helpNow },
      { key: "alleSentre", href: en.centres },
      { key: "tryggPaNett", href: "/en/staying-safe-online/" },
      { key: "personvern", href: "/en/privacy/" },
      { key: "alleKommuner", href: MUNICIPALITIES_HREF },
      { key: "tilgjengelighet", href: "/tilgjengelighetserklaering/" },
      { key: "omData", href: "/om-data/" },
    ],
  },
};

/** One of the home page's four doors: an audience, where its pages begin, and their language. */
export interface AudienceDoor {
  key: keyof Dictionary["home"]["doors"];
  href: string;
  /** Set where the door leads to pages in another language than the home page's. */
  hrefLang?: Locale;
}

/**
 * The home page's doors, one per audience, in the order of the main navigation. Nynorsk and
 * English have no pages for professionals or municipalities, so their doors lead to the bokmål
 * ones and say so.
 */
export const audienceDoors: Record<Locale, readonly AudienceDoor[]> = {
  nb: [
    { key: "utsatt", href: "/til-deg-som-er-utsatt/" },
    { key: "parorende", href: "/parorende/" },
    { key: "fagpersoner", href: "/fagpersoner/" },
    { key: "kommuner", href: "/for-kommuner/" },
  ],
  nn: [
    { key: "utsatt", href: "/nn/til-deg-som-er-utsett/" },
    { key: "parorende", href: "/nn/parorande/" },
    { key: "fagpersoner", href: "/fagpersoner/", hrefLang: "nb" },
    { key: "kommuner", href: "/for-kommuner/", hrefLang: "nb" },
  ],
  en: [
    { key: "utsatt", href: "/en/if-you-were-abused/" },
    { key: "parorende", href: "/en/relatives/" },
    { key: "fagpersoner", href: "/fagpersoner/", hrefLang: "nb" },
    { key: "kommuner", href: "/for-kommuner/", hrefLang: "nb" },
  ],
};
