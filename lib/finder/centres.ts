import type { LatLng } from "../geo/distance";
import type { Locale } from "../i18n/config";
import { pathsFor } from "../site/paths";
import type { CentreSummary } from "../registry/summary";
import { DataFileError } from "../schema/validation";
import { CENTRES_DATA_PATH } from "./files";

/**
 * The centres as the home page's place search ranks and shows them, in a file the browser fetches
 * from the site itself when the field is first used (scripts/finder-data.ts writes it before each
 * build, from the zod-validated registry: `loadFinderCentres` in ./load.ts). One file serves every language: a centre's address on
 * the site is the one thing that differs, and the browser adds it.
 */
export type FinderCentre = Omit<CentreSummary, "href">;

const PHONE_KINDS = new Set(["centre", "national-helpline", "crisis-centre-line"]);
const PRECISIONS = new Set(["address", "postcode", "municipality"]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;
const isTextOrNull = (value: unknown) => value === null || isText(value);
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isPoint = (value: unknown): value is LatLng => isObject(value) && Number.isFinite(value.lat) && Number.isFinite(value.lon);

/**
 * What is wrong with one centre of the fetched file, in the words of the build's data errors.
 * Written by hand rather than with zod, as the place data's check is, to keep the script small
 * (docs/adr/0003-hand-written-place-data-validator.md).
 */
function centreProblems(centre: unknown, at: number): string[] {
  if (!isObject(centre)) return [`field "${at}": must be a centre`];
  const checks: [keyof FinderCentre, boolean, string][] = [
    ["id", isText(centre.id), "a text"],
    ["name", isText(centre.name), "a text"],
    ["county", isText(centre.county), "a county number"],
    ["place", isTextOrNull(centre.place), "a text or null"],
    ["phone", isTextOrNull(centre.phone), "a text or null"],
    ["tel", isTextOrNull(centre.tel) && (centre.tel === null) === (centre.phone === null), "a text exactly when phone is one"],
    ["phoneKind", centre.phoneKind === null || PHONE_KINDS.has(centre.phoneKind as string), "a kind of phone or null"],
    ["address", isTextOrNull(centre.address), "a text or null"],
    ["precision", centre.precision === null || PRECISIONS.has(centre.precision as string), "a precision or null"],
    ["point", centre.point === null || isPoint(centre.point), "a point or null"],
    ["municipality", isTextOrNull(centre.municipality), "a municipality number or null"],
    ["hostMunicipalities", isTextList(centre.hostMunicipalities), "a list of municipality numbers"],
    ["contributingMunicipalities", isTextList(centre.contributingMunicipalities), "a list of municipality numbers"],
    ["servesCatchment", typeof centre.servesCatchment === "boolean", "true or false"],
  ];
  return checks.filter(([, ok]) => !ok).map(([field, , expected]) => `field "${at}.${field}": must be ${expected}`);
}

/** In the browser: checks the fetched file and gives each centre its address in the page's language. Throws a DataFileError if it is not what the build writes. */
export function parseFinderCentres(json: unknown, locale: Locale): CentreSummary[] {
  const problems = Array.isArray(json) ? json.flatMap(centreProblems) : ['field "(whole file)": must be a list of centres'];
  if (problems.length > 0) throw new DataFileError(CENTRES_DATA_PATH, problems);
  return (json as FinderCentre[]).map((centre) => ({ ...centre, href: pathsFor(locale).centre(centre.id) }));
}
