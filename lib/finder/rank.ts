import type { LatLng } from "../geo/distance";
import { centresByDistance, centresForMunicipality, type MunicipalityCentres, type ServingCandidate } from "../registry/serving";
import type { FinderMunicipality } from "./data";
import type { SearchTarget } from "./search";

/** Where a result starts from: a searched place, the visitor's position, or a point clicked on the map. */
export type Origin = SearchTarget | { kind: "position" | "map-point"; point: LatLng };

/** Like a municipality's centres; from a position or a map point, unknownLocation holds every centre without a location. */
export interface FinderResult<C> extends MunicipalityCentres<C> {
  origin: Origin;
  /** The municipality the serving centre is for; null when no municipality is known. */
  municipality: FinderMunicipality | null;
}

/**
 * The centres for a search, through the registry's own serving-centre function, so that the
 * centre for a municipality is the one its municipality page names, whichever postcode or place in
 * it was searched. Distances start at the searched point, which stands in for where the visitor
 * lives.
 */
export function rankCentres<C extends ServingCandidate>(origin: Origin, centres: readonly C[]): FinderResult<C> {
  if ("municipality" in origin) {
    const { municipality } = origin;
    const place = { number: municipality.number, countyNumber: municipality.countyNumber, populatedPoint: municipality.point };
    const ranked = centresForMunicipality(place, centres, origin.point);
    return { origin, municipality, ...ranked };
  }
  return {
    origin,
    municipality: null,
    serving: null,
    others: centresByDistance(origin.point, centres),
    unknownLocation: centres.filter((centre) => centre.point === null),
  };
}
