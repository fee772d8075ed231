import type { Locale } from "../i18n/config";

/**
 * The addresses of the pages that routes generate (not Markdown pages, whose address is their
 * file's path), per language, in one place so that links and routes cannot drift.
 */
export interface SitePaths {
  home: string;
  helpNow: string;
  finder: string;
  centres: string;
  centre: (id: string) => string;
  search: string;
  /** The page on the network, which says why the sources count the centres differently. */
  network: string;
}

const sitePaths: Record<Locale, SitePaths> = {
  nb: {
    home: "/",
    helpNow: "/akutt-hjelp/",
    finder: "/finn-senter/",
    centres: "/sentre/",
    centre: (id) => `/sentre/${id}/`,
    search: "/sok/",
    network: "/om-nok/nettverket/",
  },
  nn: {
    home: "/nn/",
    helpNow: "/nn/akutt-hjelp/",
    finder: "/nn/finn-senter/",
    centres: "/nn/senter/",
    centre: (id) => `/nn/senter/${id}/`,
    search: "/nn/sok/",
    // In bokmål: the network is not among the nynorsk pages.
    network: "/om-nok/nettverket/",
  },
  en: {
    home: "/en/",
    helpNow: "/en/help-now/",
    finder: "/en/find-a-centre/",
    centres: "/en/centres/",
    centre: (id) => `/en/centres/${id}/`,
    search: "/en/search/",
    network: "/en/about/",
  },
};

export function pathsFor(locale: Locale): SitePaths {
  return sitePaths[locale];
}

/** A centre's printable A4 poster, in bokmål only. */
export function posterHref(id: string): string {
  return `${pathsFor("nb").centre(id)}plakat/`;
}

/** Whether a page path is one of the posters made by posterHref. */
export function isPosterPath(path: string): boolean {
  return path === posterHref(path.split("/")[2] ?? "");
}

/** The municipality pages exist in bokmål only. */
export function municipalityHref(slug: string): string {
  return `/kommuner/${slug}/`;
}

export const MUNICIPALITIES_HREF = "/kommuner/";
