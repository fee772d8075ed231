import { loadGeography, loadPostcodes } from "../geo/load";
import { loadCentres } from "../registry/load";
import { summarizeCentre } from "../registry/summary";
import type { FinderCentre } from "./centres";
import { type CompactFinderData, compactFinderData, parseFinderData } from "./data";
import { buildSearchIndex, type SearchIndex } from "./search";

/** Build time: the compact place data, from the validated files in content/geo/. */
export function loadCompactFinderData(): CompactFinderData {
  return compactFinderData(loadGeography(), loadPostcodes());
}

/** Tests and the benchmark: the search index exactly as the browser builds it, by way of JSON. */
export function loadSearchIndex(): SearchIndex {
  return buildSearchIndex(parseFinderData(JSON.parse(JSON.stringify(loadCompactFinderData()))));
}

/** Build time: every centre's summary for the home page's place search, without its address on the site. */
export function loadFinderCentres(): FinderCentre[] {
  return loadCentres().map((centre) => {
    const { href: _href, ...rest } = summarizeCentre(centre, "nb");
    return rest;
  });
}
