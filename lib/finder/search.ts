import { type LatLng, meanPoint } from "../geo/distance";
import { normalizeName } from "../text/normalize";
import type { FinderData, FinderMunicipality } from "./data";

/**
 * What the search field understands: a municipality (by its Norwegian, Sámi or Kven name), a
 * postal place, or a 4-digit postcode. Everything here runs in the visitor's browser.
 */

/** A place the search can land on, with the point that distances start from. */
export type SearchTarget =
  | { kind: "municipality"; name: string; municipality: FinderMunicipality; point: LatLng }
  | { kind: "postal-place"; name: string; municipality: FinderMunicipality; point: LatLng }
  | { kind: "postcode"; code: string; name: string; municipality: FinderMunicipality; point: LatLng }
  /** Svalbard and Jan Mayen: postcodes outside every municipality, with no centre. */
  | { kind: "territory"; code: string; name: string; territory: string; point: LatLng };

/** Why a search gave no place; the finder shows a message for each. */
export type InputProblem = "empty" | "too-long" | "bad-characters" | "too-many-digits" | "too-few-digits" | "unknown-postcode" | "no-match";

export type SearchOutcome =
  | { kind: "found"; target: SearchTarget }
  /** Several places fit: the visitor chooses. `exact` is false when none has exactly the typed name. */
  | { kind: "choose"; query: string; exact: boolean; options: SearchTarget[] }
  | { kind: "problem"; problem: InputProblem; query: string };

interface NamedTarget {
  /** The name in matching form (lib/text/normalize.ts): case, accents and hyphens ignored. */
  key: string;
  target: SearchTarget;
}

export interface SearchIndex extends FinderData {
  names: NamedTarget[];
}

/** No place name is this long; anything longer is pasted text, not a search. */
const MAX_QUERY_LENGTH = 80;
export const MAX_SUGGESTIONS = 8;

/** Letters of any script, digits, spaces and the punctuation place names and addresses use. */
const PLAIN_TEXT = /^[\p{L}\p{M}\p{N} .,'’()\-–]+$/u;
/** "2406 Elverum", "2406, ELVERUM": a postcode written with its place, as on an envelope. */
const POSTCODE_WITH_PLACE = /^(\d{4})[\s,]+\p{L}/u;

function municipalityTargets(municipality: FinderMunicipality): NamedTarget[] {
  return [municipality.name, ...municipality.otherNames].map((name) => ({
    key: normalizeName(name),
    target: { kind: "municipality", name, municipality, point: municipality.point },
  }));
}

/**
 * One target per postal place and municipality it lies in, starting from the mean of its
 * postcodes. A place named like the municipality it lies in (Elverum in Elverum) is left out: the
 * municipality already answers for it.
 */
function postalPlaceTargets(data: FinderData): NamedTarget[] {
  const groups = new Map<string, { name: string; municipality: FinderMunicipality; points: LatLng[] }>();
  for (const postcode of data.postcodes.values()) {
    if (!postcode.municipality) continue;
    const id = `${postcode.place}|${postcode.municipality.number}`;
    const group = groups.get(id) ?? { name: postcode.place, municipality: postcode.municipality, points: [] };
    group.points.push(postcode.point);
    groups.set(id, group);
  }
  return [...groups.values()]
    .filter(({ name, municipality }) => normalizeName(name) !== normalizeName(municipality.name))
    .map(({ name, municipality, points }) => ({
      key: normalizeName(name),
      target: { kind: "postal-place", name, municipality, point: meanPoint(points)! },
    }));
}

export function buildSearchIndex(data: FinderData): SearchIndex {
  return { ...data, names: [...data.municipalities.flatMap(municipalityTargets), ...postalPlaceTargets(data)] };
}

function postcodeTarget(index: SearchIndex, code: string): SearchTarget | null {
  const postcode = index.postcodes.get(code);
  if (!postcode) return null;
  if (postcode.municipality)
    return { kind: "postcode", code, name: postcode.place, municipality: postcode.municipality, point: postcode.point };
  return { kind: "territory", code, name: postcode.place, territory: postcode.territory ?? postcode.place, point: postcode.point };
}

/** 0 for the same name, 1 when the name starts with the query, 2 when one of its words does; null otherwise. */
function matchRank(key: string, query: string): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  return null;
}

/** How a place is named in the field, the suggestions and the result heading: "2406 Elverum", "Mo i Rana". */
export function targetName(target: SearchTarget): string {
  return target.kind === "postcode" || target.kind === "territory" ? `${target.code} ${target.name}` : target.name;
}

/** One string per place: the same place reached by two names (Kautokeino, Guovdageaidnu) is offered once. */
export function targetIdentity(target: SearchTarget): string {
  if (target.kind === "postcode" || target.kind === "territory") return `postcode:${target.code}`;
  return `${target.kind}:${target.kind === "postal-place" ? target.name : ""}:${target.municipality.number}`;
}

const collator = new Intl.Collator("nb");

function targetCounty(target: SearchTarget): string {
  return target.kind === "territory" ? target.territory : target.municipality.countyName;
}

/** Matches for a name, best first: exact names, then names that start with it, then a later word. Municipalities before postal places. */
function matchNames(index: SearchIndex, query: string): { target: SearchTarget; rank: number }[] {
  const key = normalizeName(query);
  if (!key) return [];
  const best = new Map<string, { target: SearchTarget; rank: number }>();
  for (const named of index.names) {
    const rank = matchRank(named.key, key);
    if (rank === null) continue;
    const identity = targetIdentity(named.target);
    const seen = best.get(identity);
    if (!seen || rank < seen.rank) best.set(identity, { target: named.target, rank });
  }
  return [...best.values()].sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(a.target.kind !== "municipality") - Number(b.target.kind !== "municipality") ||
      collator.compare(a.target.name, b.target.name) ||
      collator.compare(targetCounty(a.target), targetCounty(b.target)),
  );
}

function matchPostcodes(index: SearchIndex, digits: string, limit: number): SearchTarget[] {
  const targets: SearchTarget[] = [];
  for (const code of index.postcodes.keys()) {
    if (targets.length >= limit) break;
    if (code.startsWith(digits)) targets.push(postcodeTarget(index, code)!);
  }
  return targets;
}

/** What is wrong with the text before any lookup, or null when it is worth looking up. */
function textProblem(query: string): InputProblem | null {
  if (query === "") return "empty";
  if (query.length > MAX_QUERY_LENGTH) return "too-long";
  if (!PLAIN_TEXT.test(query)) return "bad-characters";
  if (/^\d+$/.test(query)) return query.length > 4 ? "too-many-digits" : query.length < 4 ? "too-few-digits" : null;
  return null;
}

/** The postcode in "2406" or "2406 Elverum", or null when the text is a name. */
function postcodeIn(query: string): string | null {
  if (/^\d{4}$/.test(query)) return query;
  return POSTCODE_WITH_PLACE.exec(query)?.[1] ?? null;
}

/** Suggestions while the visitor types: postcodes for digits, names for letters. Never throws. */
export function suggest(index: SearchIndex, rawQuery: string, limit = MAX_SUGGESTIONS): SearchTarget[] {
  const query = rawQuery.trim();
  if (query === "" || query.length > MAX_QUERY_LENGTH || !PLAIN_TEXT.test(query)) return [];
  const code = postcodeIn(query);
  if (code) return matchPostcodes(index, code, limit);
  if (/^\d+$/.test(query)) return query.length < 4 ? matchPostcodes(index, query, limit) : [];
  return matchNames(index, query)
    .slice(0, limit)
    .map((match) => match.target);
}

/** What a submitted search means: one place, a choice between several, or a problem to explain. Never throws. */
export function resolveSearch(index: SearchIndex, rawQuery: string): SearchOutcome {
  const query = rawQuery.trim();
  const problem = textProblem(query);
  if (problem) return { kind: "problem", problem, query };

  const code = postcodeIn(query);
  if (code) {
    const target = postcodeTarget(index, code);
    return target ? { kind: "found", target } : { kind: "problem", problem: "unknown-postcode", query: code };
  }

  const matches = matchNames(index, query);
  const exact = matches.filter((match) => match.rank === 0);
  const candidates = exact.length > 0 ? exact : matches;
  if (candidates.length === 0) return { kind: "problem", problem: "no-match", query };
  if (candidates.length === 1) return { kind: "found", target: candidates[0]!.target };
  return { kind: "choose", query, exact: exact.length > 0, options: candidates.slice(0, MAX_SUGGESTIONS).map((match) => match.target) };
}
