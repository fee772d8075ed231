import type { Municipality } from "../geo/geography";
import type { Centre } from "./centres";
import { centresForMunicipality, type ServingReason } from "./serving";

export type ServedMunicipalities = Record<ServingReason, Municipality[]>;

/**
 * For each centre, the municipalities it is "the centre for", grouped by why. Computed with the
 * same function as the municipality pages, so that the two kinds of page always agree.
 */
export function servedMunicipalitiesByCentre(
  municipalities: readonly Municipality[],
  centres: readonly Centre[],
): Map<string, ServedMunicipalities> {
  const served = new Map<string, ServedMunicipalities>(
    centres.map((centre) => [centre.id, { agreement: [], host: [], located: [], nearest: [] }]),
  );
  for (const municipality of municipalities) {
    const serving = centresForMunicipality(municipality, centres).serving;
    if (serving) served.get(serving.centre.id)![serving.reason].push(municipality);
  }
  return served;
}
