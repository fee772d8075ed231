import { loadGeography, loadPostcodes } from "../geo/load";
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
