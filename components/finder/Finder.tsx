"use client";

import { useMemo, useState } from "react";
import { FinderResults, useHeadingFocus } from "@/components/finder-results";
import { type MapCentre, MapLoader } from "@/components/map";
import { PlaceSearch, PlaceSearchFeedback, usePlaceSearch } from "@/components/place-search";
import { COUNTY_OUTLINES_PATH } from "@/lib/finder/files";
import { locate } from "@/lib/finder/position";
import type { Origin } from "@/lib/finder/rank";
import { type ShownResult, showResult } from "@/lib/finder/result";
import type { LatLng } from "@/lib/geo/distance";
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

/**
 * The centre finder: a search field, "Bruk min posisjon", the result list and the map beside it.
 * Everything happens in the browser: the place data is fetched from the site's own files on the
 * first keystroke, and nothing typed or located is put in the address, the history, storage or
 * any request. It is rendered into the page's HTML, so that nothing moves when the script starts,
 * and hidden by CSS where scripting is off (finder.css); the page lists all centres instead.
 */
export function Finder({ centres, text, servingText, centreText, locale }: FinderProps) {
  const [shown, setShown] = useState<ShownResult<CentreSummary> | null>(null);
  const [locating, setLocating] = useState(false);
  const { headingRef, focusOnNextResult } = useHeadingFocus(shown);
  const search = usePlaceSearch({ text, onFound: (target) => show(target), onNotFound: () => setShown(null) });

  const mapCentres = useMemo(
    () =>
      centres.flatMap((centre): MapCentre[] =>
        centre.point ? [{ id: centre.id, name: centre.name, point: centre.point, approximate: centre.precision === "municipality" }] : [],
      ),
    [centres],
  );

  function show(origin: Origin) {
    const next = showResult(origin, centres, text);
    setShown(next);
    search.say(next.note ? { text: next.note, kind: "note" } : null, next.spoken);
  }

  function showPoint(kind: "position" | "map-point", point: LatLng) {
    search.clearChoices();
    show({ kind, point });
  }

  async function locateVisitor() {
    if (locating) return;
    setLocating(true);
    search.say(null, text.locating);
    // Asked only here, when the button is pressed; never again on its own, even after a refusal.
    const outcome = await locate(navigator.geolocation);
    setLocating(false);
    if (outcome.kind === "found") return showPoint("position", outcome.point);
    const problem = text.positionProblems[outcome.reason];
    search.say({ text: problem, kind: "problem" }, problem);
    search.field.inputRef.current?.focus();
  }

  /**
   * A marker's action: focus the link to the centre's page in the result list, or, before any
   * search, in the list of all centres (the result list comes first in the page).
   */
  function focusCentre(id: string) {
    const href = centres.find((centre) => centre.id === id)?.href;
    if (href) document.querySelector<HTMLAnchorElement>(`main a[href="${href}"]`)?.focus();
  }

  const result = shown?.result ?? null;
  const ranked = result ? [result.serving, ...result.others].filter((entry) => entry !== null) : [];
  const fitPoints = result
    ? [result.origin.point, ...ranked.slice(0, 3).flatMap((entry) => (entry.centre.point ? [entry.centre.point] : []))]
    : [];

  return (
    <div className="finder">
      <form
        role="search"
        aria-label={text.searchRegion}
        className="finder__form"
        onSubmit={(event) => void search.submit(event)}
        noValidate
      >
        <PlaceSearch
          {...search.field}
          text={text}
          action={
            <button type="submit" className="button">
              {text.searchButton}
            </button>
          }
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void locateVisitor()}
          aria-disabled={locating || undefined}
        >
          {locating ? text.locating : text.usePosition}
        </button>
      </form>

      <PlaceSearchFeedback search={search} onChoose={focusOnNextResult} text={text.suggestionDetail} />

      <div className="finder__layout">
        <div className="finder__results">
          {shown ? (
            <FinderResults
              result={shown.result}
              heading={shown.heading}
              headingRef={headingRef}
              text={text.results}
              servingText={servingText}
              centreText={centreText}
              locale={locale}
            />
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
