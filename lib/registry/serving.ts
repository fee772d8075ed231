import { distanceKm, type LatLng } from "../geo/distance";

/**
 * Which centre serves a municipality, and which are nearest. Pure and small, so that the pages
 * (at build time) and the finder (in the browser) give the same answer from the same function.
 */

/** What the ranking needs to know about a centre. */
export interface ServingCandidate {
  id: string;
  county: string;
  /** Where the centre is, exactly or approximately; null when nobody knows. */
  point: LatLng | null;
  /** Municipalities that host it by a record's own statement. */
  hostMunicipalities: readonly string[];
  /** The municipality it is located in, which hosts it unless the record says otherwise. */
  municipality: string | null;
  contributingMunicipalities: readonly string[];
  /** False for a centre with another target group (Dixi, for rape), which is listed but never "the centre for" a municipality. */
  servesCatchment: boolean;
}

export interface MunicipalityPlace {
  number: string;
  countyNumber: string;
  populatedPoint: LatLng;
}

/**
 * Why a centre is the one for a municipality: the municipality contributes to it by agreement, is
 * its host, the centre is located there (which makes it the host unless the record says
 * otherwise), or, with no catchment known, it is the nearest in a straight line.
 */
export type ServingReason = "agreement" | "host" | "located" | "nearest";

export interface RankedCentre<C> {
  centre: C;
  distanceKm: number;
}

export interface MunicipalityCentres<C> {
  serving: (RankedCentre<C> & { reason: ServingReason }) | null;
  /** Every other centre with a known location, nearest first. */
  others: RankedCentre<C>[];
  /** Centres in the municipality's county whose location is unknown: never dropped, shown beside the rest. */
  unknownLocation: C[];
}

function catchmentReason(centre: ServingCandidate, municipality: string): Exclude<ServingReason, "nearest"> | null {
  if (!centre.servesCatchment) return null;
  if (centre.contributingMunicipalities.includes(municipality)) return "agreement";
  if (centre.hostMunicipalities.includes(municipality)) return "host";
  if (centre.hostMunicipalities.length === 0 && centre.municipality === municipality) return "located";
  return null;
}

function byDistanceThenId<C extends ServingCandidate>(a: RankedCentre<C>, b: RankedCentre<C>): number {
  return a.distanceKm - b.distanceKm || a.centre.id.localeCompare(b.centre.id);
}

/** Every centre with a known location, nearest to `point` first. */
export function centresByDistance<C extends ServingCandidate>(point: LatLng, centres: readonly C[]): RankedCentre<C>[] {
  return centres
    .filter((centre) => centre.point !== null)
    .map((centre) => ({ centre, distanceKm: distanceKm(point, centre.point!) }))
    .sort(byDistanceThenId);
}

/**
 * The centre for a municipality, and the others by distance. Which centre serves is decided from
 * where the municipality's people live, so that every postcode and place in it gets the answer
 * its municipality page gives; the distances shown may start elsewhere (`from`: a searched
 * postcode or place).
 */
export function centresForMunicipality<C extends ServingCandidate>(
  municipality: MunicipalityPlace,
  centres: readonly C[],
  from: LatLng = municipality.populatedPoint,
): MunicipalityCentres<C> {
  const serving = servingCentre(municipality, centres);
  const distanceFrom = (centre: C) => (centre.point ? distanceKm(from, centre.point) : Number.POSITIVE_INFINITY);
  return {
    serving: serving && { ...serving, distanceKm: distanceFrom(serving.centre) },
    others: centresByDistance(from, centres).filter(({ centre }) => centre.id !== serving?.centre.id),
    unknownLocation: centres.filter((centre) => centre.point === null && centre.county === municipality.countyNumber),
  };
}

/** A centre with the municipality in its catchment, the nearest of them; else the nearest centre that serves a catchment. */
function servingCentre<C extends ServingCandidate>(
  municipality: MunicipalityPlace,
  centres: readonly C[],
): (RankedCentre<C> & { reason: ServingReason }) | null {
  const withCatchment = centres
    .map((centre) => ({ centre, reason: catchmentReason(centre, municipality.number) }))
    .filter((entry): entry is { centre: C; reason: Exclude<ServingReason, "nearest"> } => entry.reason !== null)
    .map(({ centre, reason }) => ({
      centre,
      reason,
      distanceKm: centre.point ? distanceKm(municipality.populatedPoint, centre.point) : Number.POSITIVE_INFINITY,
    }))
    .sort(byDistanceThenId);
  if (withCatchment[0]) return withCatchment[0];
  const nearest = centresByDistance(municipality.populatedPoint, centres).find(({ centre }) => centre.servesCatchment);
  return nearest ? { ...nearest, reason: "nearest" } : null;
}
