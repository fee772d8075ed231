import type { LatLng } from "../geo/distance";
import type { Geography } from "../geo/geography";
import type { RawPostcode } from "../geo/schema";
import { DataFileError } from "../schema/validation";
import { FINDER_DATA_PATH } from "./files";

/**
 * The finder's place data: municipalities, postal places and postcodes, written at build time
 * (scripts/finder-data.ts, from the zod-validated files in content/geo/) into one small file that
 * the browser fetches from the site itself on the first search. Postcodes are stored in columns
 * with small deltas, because 5,122 rows of full coordinates would not stay under the 50 KB gzip
 * budget.
 */

export interface CompactFinderData {
  counties: { number: string; name: string }[];
  municipalities: {
    number: string;
    name: string;
    countyNumber: string;
    lat: number;
    lon: number;
    /** Official Sámi and Kven names. */
    otherNames?: string[];
  }[];
  /** Postal places as people write them ("Mo i Rana"), referred to by index. */
  places: string[];
  /** One position per postcode, sorted by code. Codes, latitudes and longitudes are deltas from the previous value. */
  postcodes: {
    code: number[];
    place: number[];
    /** Index into `municipalities`; null for Svalbard and Jan Mayen. */
    municipality: (number | null)[];
    /** Null when the register has no point of its own for the code: the municipality's point is used. */
    lat: (number | null)[];
    lon: (number | null)[];
  };
  /** The codes outside any municipality, and the territory each lies in. */
  territories: Record<string, string>;
}

/** Coordinates are kept in thousandths of a degree (about 100 m): plenty to rank centres. */
const COORDINATE_SCALE = 1000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;
const isListOf = (value: unknown, isItem: (item: unknown) => boolean) => Array.isArray(value) && value.every(isItem);
const isIntegerOrNull = (value: unknown) => value === null || Number.isInteger(value);

/**
 * What is wrong with a fetched file, in the words of the build's data errors; empty when it has
 * the shape `compactFinderData` writes. Written by hand rather than with zod, to keep the
 * finder's script small (docs/adr/0003-hand-written-place-data-validator.md).
 */
function compactFinderDataProblems(data: unknown): string[] {
  if (!isObject(data)) return ['field "(whole file)": must be an object'];
  const problems: string[] = [];
  const check = (field: string, ok: boolean, expected: string) => {
    if (!ok) problems.push(`field "${field}": must be ${expected}`);
  };
  check(
    "counties",
    isListOf(data.counties, (county) => isObject(county) && isText(county.number) && isText(county.name)),
    "a list of counties with number and name",
  );
  check(
    "municipalities",
    isListOf(
      data.municipalities,
      (m) =>
        isObject(m) &&
        isText(m.number) &&
        isText(m.name) &&
        isText(m.countyNumber) &&
        Number.isFinite(m.lat) &&
        Number.isFinite(m.lon) &&
        (m.otherNames === undefined || isListOf(m.otherNames, isText)),
    ),
    "a list of municipalities with number, name, county and point",
  );
  check("places", isListOf(data.places, isText), "a list of place names");
  check("territories", isObject(data.territories) && Object.values(data.territories).every(isText), "territory names by postcode");
  const columns = isObject(data.postcodes) ? data.postcodes : {};
  const length = Array.isArray(columns.code) ? columns.code.length : -1;
  for (const [name, isValue] of [
    ["code", Number.isInteger],
    ["place", Number.isInteger],
    ["municipality", isIntegerOrNull],
    ["lat", isIntegerOrNull],
    ["lon", isIntegerOrNull],
  ] as const) {
    const column = columns[name];
    check(
      `postcodes.${name}`,
      isListOf(column, isValue) && (column as unknown[]).length === length,
      "a column of whole numbers, one per postcode",
    );
  }
  return problems;
}

export interface FinderMunicipality {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  /** Where its people live (the mean of its postcode points), as on the municipality pages. */
  point: LatLng;
  otherNames: string[];
}

export interface FinderPostcode {
  code: string;
  place: string;
  municipality: FinderMunicipality | null;
  /** Svalbard or Jan Mayen, for the codes that belong to no municipality. */
  territory: string | null;
  point: LatLng;
}

export interface FinderData {
  municipalities: FinderMunicipality[];
  /** Keyed and ordered by code. */
  postcodes: Map<string, FinderPostcode>;
}

const SMALL_WORDS = new Set(["i", "på", "ved", "og"]);

/**
 * Bring writes postal places in capitals ("MO I RANA"); people write "Mo i Rana". Single letters
 * stay capitals, as in "Kristiansand S".
 */
export function placeDisplayName(bringName: string): string {
  return bringName
    .split(" ")
    .map((word, index) => {
      const lower = word.toLocaleLowerCase("nb");
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      if (word.length === 1) return word;
      return lower.replace(/(^|-)(\p{L})/gu, (_, start: string, letter: string) => start + letter.toLocaleUpperCase("nb"));
    })
    .join(" ");
}

const toScaled = (degrees: number) => Math.round(degrees * COORDINATE_SCALE);
const round4 = (degrees: number) => Math.round(degrees * 10_000) / 10_000;

/** Each value minus the previous non-null one; nulls stay null. */
function deltas(values: readonly (number | null)[]): (number | null)[] {
  let previous = 0;
  return values.map((value) => {
    if (value === null) return null;
    const delta = value - previous;
    previous = value;
    return delta;
  });
}

/** The reverse of `deltas`. */
function cumulative(values: readonly (number | null)[]): (number | null)[] {
  let running = 0;
  return values.map((value) => (value === null ? null : (running += value)));
}

/** Build time: the compact file from the validated geography and postcode register. */
export function compactFinderData(geography: Geography, postcodes: ReadonlyMap<string, RawPostcode>): CompactFinderData {
  const municipalityIndex = new Map(geography.municipalities.map((municipality, index) => [municipality.number, index]));
  const codes = [...postcodes.keys()].sort();
  const places = [...new Set(codes.map((code) => placeDisplayName(postcodes.get(code)!.place)))].sort();
  const placeIndex = new Map(places.map((place, index) => [place, index]));
  const rows = codes.map((code) => postcodes.get(code)!);
  // A code without a point of its own carries the municipality's geometric interior point, which can lie far from people.
  const ownPoint = (row: RawPostcode) => row.coordSource === "bolstad";

  return {
    counties: geography.counties.map(({ number, name }) => ({ number, name })),
    municipalities: geography.municipalities.map((municipality) => ({
      number: municipality.number,
      name: municipality.name,
      countyNumber: municipality.countyNumber,
      lat: round4(municipality.populatedPoint.lat),
      lon: round4(municipality.populatedPoint.lon),
      ...(municipality.alternativeNames.length > 0 && { otherNames: municipality.alternativeNames.map((alternative) => alternative.name) }),
    })),
    places,
    postcodes: {
      code: deltas(codes.map(Number)) as number[],
      place: rows.map((row) => placeIndex.get(placeDisplayName(row.place))!),
      municipality: rows.map((row) => (row.municipality === null ? null : municipalityIndex.get(row.municipality)!)),
      lat: deltas(rows.map((row) => (ownPoint(row) ? toScaled(row.lat) : null))),
      lon: deltas(rows.map((row) => (ownPoint(row) ? toScaled(row.lon) : null))),
    },
    territories: Object.fromEntries(
      codes.filter((code) => postcodes.get(code)!.territory).map((code) => [code, postcodes.get(code)!.territory!]),
    ),
  };
}

/** In the browser: validates the fetched file and unpacks it. Throws a DataFileError if it is not what the build writes. */
export function parseFinderData(json: unknown): FinderData {
  const problems = compactFinderDataProblems(json);
  if (problems.length > 0) throw new DataFileError(FINDER_DATA_PATH, problems);
  const data = json as CompactFinderData;
  const countyName = new Map(data.counties.map((county) => [county.number, county.name]));
  const municipalities = data.municipalities.map((municipality): FinderMunicipality => ({
    number: municipality.number,
    name: municipality.name,
    countyNumber: municipality.countyNumber,
    countyName: countyName.get(municipality.countyNumber) ?? municipality.countyNumber,
    point: { lat: municipality.lat, lon: municipality.lon },
    otherNames: municipality.otherNames ?? [],
  }));

  const columns = data.postcodes;
  const codes = cumulative(columns.code);
  const lats = cumulative(columns.lat);
  const lons = cumulative(columns.lon);
  const postcodes = new Map<string, FinderPostcode>();
  codes.forEach((number, row) => {
    const code = String(number).padStart(4, "0");
    const municipalityAt = columns.municipality[row];
    const municipality = municipalityAt === null || municipalityAt === undefined ? null : (municipalities[municipalityAt] ?? null);
    const lat = lats[row];
    const lon = lons[row];
    const point = lat != null && lon != null ? { lat: lat / COORDINATE_SCALE, lon: lon / COORDINATE_SCALE } : municipality?.point;
    const place = data.places[columns.place[row]!];
    // A row that points nowhere would be a build bug; skipping it keeps the rest of the finder working.
    if (!point || !place || (municipality === null && !data.territories[code])) return;
    postcodes.set(code, { code, place, municipality, territory: data.territories[code] ?? null, point });
  });
  return { municipalities, postcodes };
}
