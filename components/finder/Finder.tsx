"use client";

import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { FinderResults } from "@/components/finder-results";
import { type MapCentre, MapLoader } from "@/components/map";
import { type FieldMessage, PlaceSearch, TargetLabel } from "@/components/place-search";
import { parseFinderData } from "@/lib/finder/data";
import { COUNTY_OUTLINES_PATH, FINDER_DATA_PATH } from "@/lib/finder/files";
import { locate } from "@/lib/finder/position";
import { type FinderResult, type Origin, rankCentres } from "@/lib/finder/rank";
import { buildSearchIndex, type InputProblem, resolveSearch, type SearchIndex, type SearchTarget, suggest, targetIdentity, targetName } from "@/lib/finder/search";
import { isInMainlandNorway, type LatLng } from "@/lib/geo/distance";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import type { CentreSummary } from "@/lib/registry/summary";
import "./finder.css";

export interface FinderProps {
  centres: readonly CentreSummary[];
  text: Dictionary["finder"];
  servingText: Dictionary["serving"];
  centreText: Dictionary["centre"];
  locale: string;
}

type View =
  | { kind: "empty" }
  | { kind: "choose"; options: SearchTarget[] }
  | { kind: "result"; result: FinderResult<CentreSummary>; heading: string };

const problemKey: Record<InputProblem, keyof Dictionary["finder"]["problems"]> = {
  empty: "empty",
  "too-long": "tooLong",
  "bad-characters": "badCharacters",
  "too-many-digits": "tooManyDigits",
  "too-few-digits": "tooFewDigits",
  "unknown-postcode": "unknownPostcode",
  "no-match": "noMatch",
};

/** Fetches the place data once, from the site itself; a failed fetch may be tried again. */
function usePlaceData() {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const loading = useRef<Promise<SearchIndex> | null>(null);
  const load = () => {
    loading.current ??= fetch(FINDER_DATA_PATH, { credentials: "omit" })
      .then((response) => {
        if (!response.ok) throw new Error(`${FINDER_DATA_PATH}: ${response.status}`);
        return response.json();
      })
      .then((json) => {
        const built = buildSearchIndex(parseFinderData(json));
        setIndex(built);
        return built;
      })
      .catch((error: unknown) => {
        loading.current = null;
        throw error;
      });
    return loading.current;
  };
  return { index, load };
}

/**
 * The centre finder: a search field, "Bruk min posisjon", the result list and the map beside it.
 * Everything happens in the browser: the place data is fetched from the site's own files on the
 * first keystroke, and nothing typed or located is put in the address, the history, storage or
 * any request. It is rendered into the page's HTML, so that nothing moves when the script starts,
 * and hidden by CSS where scripting is off (finder.css); the page lists all centres instead.
 */
export function Finder({ centres, text, servingText, centreText, locale }: FinderProps) {
  const { index, load } = usePlaceData();
  const [query, setQuery] = useState("");
  const [view, setView] = useState<View>({ kind: "empty" });
  const [message, setMessage] = useState<FieldMessage | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [locating, setLocating] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeadingNext = useRef(false);
  /** The place last picked from a list, so that submitting its name again does not ask again. */
  const picked = useRef<{ name: string; target: SearchTarget } | null>(null);

  const suggestions = useMemo(() => (index ? suggest(index, query) : []), [index, query]);
  const mapCentres = useMemo(
    () => centres.flatMap((centre): MapCentre[] => (centre.point ? [{ id: centre.id, name: centre.name, point: centre.point, approximate: centre.precision === "municipality" }] : [])),
    [centres],
  );

  useEffect(() => {
    if (focusHeadingNext.current && headingRef.current) {
      focusHeadingNext.current = false;
      headingRef.current.focus();
    }
  }, [view]);

  function say(next: FieldMessage | null, spoken: string) {
    setMessage(next);
    setAnnouncement(spoken);
  }

  function showResult(origin: Origin, heading: string, note: string | null) {
    const result = rankCentres(origin, centres);
    const first = result.serving ?? result.others[0];
    const spoken =
      result.serving && result.municipality
        ? fill(text.results.announceServing, { municipality: result.municipality.name, name: result.serving.centre.name })
        : first
          ? fill(text.results.announceNearest, { name: first.centre.name })
          : "";
    setView({ kind: "result", result, heading });
    say(note ? { text: note, kind: "note" } : null, [note, spoken].filter(Boolean).join(" "));
  }

  function showTarget(target: SearchTarget) {
    const note = target.kind === "territory" ? fill(text.territoryNote, { territory: target.territory }) : null;
    showResult(target, fill(text.results.headingPlace, { place: targetName(target) }), note);
  }

  function showPoint(kind: "position" | "map-point", point: LatLng) {
    const heading = kind === "position" ? text.results.headingPosition : text.results.headingMapPoint;
    showResult({ kind, point }, heading, isInMainlandNorway(point) ? null : text.outsideNorway);
  }

  function pick(target: SearchTarget) {
    const name = targetName(target);
    picked.current = { name, target };
    setQuery(name);
    showTarget(target);
  }

  function showProblem(problem: InputProblem, value: string) {
    const spoken = fill(text.problems[problemKey[problem]], { query: value, code: value });
    setView({ kind: "empty" });
    say({ text: spoken, kind: "invalid-input" }, spoken);
  }

  async function search(event: FormEvent) {
    event.preventDefault();
    const value = query.trim();
    if (picked.current?.name === value) return showTarget(picked.current.target);
    if (!index) say({ text: text.loadingPlaces, kind: "note" }, text.loadingPlaces);
    let places: SearchIndex;
    try {
      places = index ?? (await load());
    } catch {
      return say({ text: text.problems.dataFailed, kind: "problem" }, text.problems.dataFailed);
    }
    const outcome = resolveSearch(places, value);
    if (outcome.kind === "found") return showTarget(outcome.target);
    if (outcome.kind === "problem") return showProblem(outcome.problem, outcome.query);
    const ask = fill(outcome.exact ? text.chooseExact : text.choosePartial, { query: outcome.query });
    setView({ kind: "choose", options: outcome.options });
    say({ text: ask, kind: "note" }, ask);
  }

  async function locateVisitor() {
    if (locating) return;
    setLocating(true);
    say(null, text.locating);
    // Asked only here, when the button is pressed; never again on its own, even after a refusal.
    const outcome = await locate(navigator.geolocation);
    setLocating(false);
    if (outcome.kind === "found") return showPoint("position", outcome.point);
    const problem = text.positionProblems[outcome.reason];
    say({ text: problem, kind: "problem" }, problem);
    inputRef.current?.focus();
  }

  /**
   * A marker's action: focus the link to the centre's page in the result list, or, before any
   * search, in the list of all centres (the result list comes first in the page).
   */
  function focusCentre(id: string) {
    const href = centres.find((centre) => centre.id === id)?.href;
    if (href) document.querySelector<HTMLAnchorElement>(`main a[href="${href}"]`)?.focus();
  }

  const result = view.kind === "result" ? view.result : null;
  const ranked = result ? [result.serving, ...result.others].filter((entry) => entry !== null) : [];
  const fitPoints = result ? [result.origin.point, ...ranked.slice(0, 3).flatMap((entry) => (entry.centre.point ? [entry.centre.point] : []))] : [];

  return (
    <div className="finder">
      <form role="search" aria-label={text.searchRegion} className="finder__form" onSubmit={search} noValidate>
        <PlaceSearch
          value={query}
          onValueChange={(value) => {
            setQuery(value);
            load().catch(() => undefined);
          }}
          suggestions={suggestions}
          onPick={pick}
          message={message}
          inputRef={inputRef}
          text={text}
          action={
            <button type="submit" className="button">
              {text.searchButton}
            </button>
          }
        />
        <button type="button" className="button button--secondary" onClick={locateVisitor} aria-disabled={locating || undefined}>
          {locating ? text.locating : text.usePosition}
        </button>
      </form>

      {view.kind === "choose" && (
        <ul className="finder__choices" aria-label={message?.text}>
          {view.options.map((target) => (
            <li key={targetIdentity(target)}>
              <button
                type="button"
                className="button button--secondary finder__choice"
                onClick={() => {
                  focusHeadingNext.current = true;
                  pick(target);
                }}
              >
                <TargetLabel target={target} text={text.suggestionDetail} />
              </button>
            </li>
          ))}
        </ul>
      )}

      <p className="sr-only" role="status">
        {announcement}
      </p>

      <div className="finder__layout">
        <div className="finder__results">
          {result && view.kind === "result" ? (
            <FinderResults result={result} heading={view.heading} headingRef={headingRef} text={text.results} servingText={servingText} centreText={centreText} locale={locale} />
          ) : (
            <p className="finder__empty">{text.results.empty}</p>
          )}
        </div>
        <MapLoader
          centres={mapCentres}
          outlinesUrl={COUNTY_OUTLINES_PATH}
          searchedPoint={result?.origin.point ?? null}
          fitPoints={fitPoints}
          highlightedId={ranked[0]?.centre.id ?? null}
          onPickPoint={(point) => showPoint("map-point", point)}
          onActivateCentre={focusCentre}
          describedBy="finder-map-instructions"
          legendId="finder-map-legend"
          text={text.map}
        />
      </div>
    </div>
  );
}
