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
 * The centres for a search, through the registry's own serving-centre function, so that a centre
 * serving by agreement, as host or by location is the one the municipality pages name. From a
 * postcode or postal place the searched point stands in for where the visitor lives, so distances,
 * and the nearest centre where no agreement is known, start at their own place rather than at the
 * municipality's average point.
 */
export function rankCentres<C extends ServingCandidate>(origin: Origin, centres: readonly C[]): FinderResult<C> {
  if ("municipality" in origin) {
    const { municipality } = origin;
    const ranked = centresForMunicipality({ number: municipality.number, countyNumber: municipality.countyNumber, populatedPoint: origin.point }, centres);
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
