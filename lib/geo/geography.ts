import { type LatLng, meanPoint } from "./distance";
import type { RawCounty, RawMunicipality, RawPostcode } from "./schema";
import { slugify } from "./slug";

export type LanguageCode = "sme" | "smj" | "sma" | "fkv";

export interface County {
  number: string;
  name: string;
  officialName: string;
  alternativeNames: { name: string; lang: LanguageCode }[];
  slug: string;
}

export interface Municipality {
  number: string;
  name: string;
  /** Kartverket's official name, joining every official language's name with " - ". */
  officialName: string;
  /** The official Sámi and Kven names, where the municipality has them. */
  alternativeNames: { name: string; lang: LanguageCode }[];
  countyNumber: string;
  slug: string;
  /**
   * Where people live: the mean of the municipality's postcode points. A geometric interior point
   * can lie in a forest far from the town (Oslo's is in Nordmarka), so distances start from here.
   */
  populatedPoint: LatLng;
}

export interface Geography {
  counties: County[];
  municipalities: Municipality[];
}

/**
 * Slugs for every municipality. Two municipalities share a name twice (Våler, Herøy); those get
 * their county's slug appended (`valer-innlandet`, `valer-ostfold`), the rest keep the plain name.
 */
function municipalitySlugs(municipalities: readonly RawMunicipality[], counties: readonly RawCounty[]): Map<string, string> {
  const countyName = new Map(counties.map((county) => [county.number, county.name]));
  const timesUsed = new Map<string, number>();
  for (const municipality of municipalities) timesUsed.set(municipality.name, (timesUsed.get(municipality.name) ?? 0) + 1);
  return new Map(
    municipalities.map((municipality) => {
      const shared = (timesUsed.get(municipality.name) ?? 0) > 1;
      const name = shared
        ? `${municipality.name} ${countyName.get(municipality.countyNumber) ?? municipality.countyNumber}`
        : municipality.name;
      return [municipality.number, slugify(name)];
    }),
  );
}

/** The mean of a municipality's own postcode points; its interior point if it has none of its own. */
export function populatedPoints(municipalities: readonly RawMunicipality[], postcodes: readonly RawPostcode[]): Map<string, LatLng> {
  const pointsByMunicipality = new Map<string, LatLng[]>();
  for (const postcode of postcodes) {
    // Codes without a point of their own carry the interior point, which would pull the mean away from people.
    if (postcode.municipality === null || postcode.coordSource !== "bolstad") continue;
    const points = pointsByMunicipality.get(postcode.municipality) ?? [];
    points.push({ lat: postcode.lat, lon: postcode.lon });
    pointsByMunicipality.set(postcode.municipality, points);
  }
  return new Map(
    municipalities.map((municipality) => [
      municipality.number,
      meanPoint(pointsByMunicipality.get(municipality.number) ?? []) ?? { lat: municipality.lat, lon: municipality.lon },
    ]),
  );
}

export function buildGeography(
  rawCounties: readonly RawCounty[],
  rawMunicipalities: readonly RawMunicipality[],
  rawPostcodes: readonly RawPostcode[],
): Geography {
  const slugs = municipalitySlugs(rawMunicipalities, rawCounties);
  const points = populatedPoints(rawMunicipalities, rawPostcodes);
  return {
    counties: rawCounties.map((county) => ({
      number: county.number,
      name: county.name,
      officialName: county.officialName,
      alternativeNames: county.alternativeNames ?? [],
      slug: slugify(county.name),
    })),
    municipalities: rawMunicipalities.map((municipality) => ({
      number: municipality.number,
      name: municipality.name,
      officialName: municipality.officialName,
      alternativeNames: municipality.alternativeNames ?? [],
      countyNumber: municipality.countyNumber,
      slug: slugs.get(municipality.number)!,
      populatedPoint: points.get(municipality.number)!,
    })),
  };
}
