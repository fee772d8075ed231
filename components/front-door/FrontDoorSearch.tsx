"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { FinderResults, useHeadingFocus } from "@/components/finder-results";
import { PhoneLink } from "@/components/phone-link";
import { PlaceSearch, PlaceSearchFeedback, usePlaceSearch } from "@/components/place-search";
import { parseFinderCentres } from "@/lib/finder/centres";
import { CENTRES_DATA_PATH } from "@/lib/finder/files";
import { type ShownResult, showResult } from "@/lib/finder/result";
import type { SearchTarget } from "@/lib/finder/search";
import type { HelpLine } from "@/lib/phone/help-lines";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/types";
import type { CentreSummary } from "@/lib/registry/summary";

export interface FrontDoorSearchText {
  /** The finder's words, with the home page's own label and hint for the field. */
  finder: Pick<
    Dictionary["finder"],
    | "searchLabel"
    | "searchHint"
    | "searchButton"
    | "suggestionCount"
    | "suggestionDetail"
    | "loadingPlaces"
    | "problems"
    | "chooseExact"
    | "choosePartial"
    | "results"
    | "territoryNote"
    | "outsideNorway"
  >;
  serving: Dictionary["serving"];
  centre: Dictionary["centre"];
  /** The link to the finder page, under the field. */
  more: string;
  /** Said where a centre's phone number is unknown, before the lines open day and night. */
  noPhoneAlternatives: string;
  callPrefix: string;
}

export interface FrontDoorSearchProps {
  locale: Locale;
  finderHref: string;
  /** The national lines open day and night, offered where a centre's phone number is unknown. */
  alternativeLines: readonly (Pick<HelpLine, "id" | "number" | "tel"> & { name: string })[];
  text: FrontDoorSearchText;
}

/** The id of the field's parts: the home page hydrates this component on a root of its own. */
const FIELD_ID = "front-door-search";

/** Fetches the centres once, from the site itself; a failed fetch may be tried again. */
function useCentres(locale: Locale) {
  const loading = useRef<Promise<CentreSummary[]> | null>(null);
  return useCallback(() => {
    loading.current ??= fetch(CENTRES_DATA_PATH, { credentials: "omit" })
      .then((response) => {
        if (!response.ok) throw new Error(`${CENTRES_DATA_PATH}: ${response.status}`);
        return response.json();
      })
      .then((json) => parseFinderCentres(json, locale))
      .catch((error: unknown) => {
        loading.current = null;
        throw error;
      });
    return loading.current;
  }, [locale]);
}

/**
 * The home page's place search: the finder's own field and suggestions (PlaceSearch,
 * usePlaceSearch), and as its answer the centre for the place, the one the finder and the
 * municipality page name, with its phone number, a link to its page, and a link to the finder for
 * more. It is rendered into the page's HTML and taken over by React only when the visitor first
 * uses it (front-door-search.island.tsx), which is also when the centres and the place data are
 * fetched. Nothing typed goes into the address, the history or storage.
 */
export function FrontDoorSearch({ locale, finderHref, alternativeLines, text }: FrontDoorSearchProps) {
  const loadCentres = useCentres(locale);
  const [shown, setShown] = useState<ShownResult<CentreSummary> | null>(null);
  const { headingRef, focusOnNextResult } = useHeadingFocus(shown);
  const search = usePlaceSearch({ text: text.finder, onFound: (target) => void show(target), onNotFound: () => setShown(null) });

  useEffect(() => {
    // The component runs only once the field is used: the centres can come now, with the place data.
    loadCentres().catch(() => undefined);
  }, [loadCentres]);

  async function show(target: SearchTarget) {
    let centres: CentreSummary[];
    try {
      centres = await loadCentres();
    } catch {
      setShown(null);
      return search.say({ text: text.finder.problems.dataFailed, kind: "problem" }, text.finder.problems.dataFailed);
    }
    const next = showResult(target, centres, text.finder);
    setShown(next);
    search.say(next.note ? { text: next.note, kind: "note" } : null, next.spoken);
  }

  const listed = shown ? [shown.result.serving?.centre, ...shown.result.unknownLocation, shown.result.others[0]?.centre] : [];
  const phoneUnknown = listed.some((centre) => centre && centre.phone === null);

  return (
    <div className="front-door-search">
      <form action={finderHref} onSubmit={(event) => void search.submit(event)} noValidate>
        <PlaceSearch
          {...search.field}
          id={FIELD_ID}
          text={text.finder}
          action={
            <button type="submit" className="button">
              {text.finder.searchButton}
            </button>
          }
        />
      </form>

      <PlaceSearchFeedback search={search} onChoose={focusOnNextResult} text={text.finder.suggestionDetail} />

      {shown && (
        <div className="front-door-search__result">
          <FinderResults
            result={shown.result}
            heading={shown.heading}
            headingRef={headingRef}
            text={text.finder.results}
            servingText={text.serving}
            centreText={text.centre}
            locale={locale}
            scope="serving"
          />
          {phoneUnknown && (
            <div className="front-door-search__alternatives">
              <p>{text.noPhoneAlternatives}</p>
              <ul>
                {alternativeLines.map((line) => (
                  <li key={line.id}>
                    <PhoneLink number={line.number} tel={line.tel} hiddenPrefix={text.callPrefix} /> {line.name}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      <p className="front-door-search__more">
        <a href={finderHref}>{text.more}</a>
      </p>
    </div>
  );
}
