"use client";

import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { parseFinderData } from "@/lib/finder/data";
import { FINDER_DATA_PATH } from "@/lib/finder/files";
import {
  buildSearchIndex,
  type InputProblem,
  resolveSearch,
  type SearchIndex,
  type SearchTarget,
  suggest,
  targetName,
} from "@/lib/finder/search";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import type { FieldMessage } from "./PlaceSearch";

type Text = Pick<Dictionary["finder"], "loadingPlaces" | "problems" | "chooseExact" | "choosePartial">;

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

export interface PlaceSearchOptions {
  text: Text;
  /** One place was found: by a pick from the suggestions or the choices, or by a search that fits one place. */
  onFound: (target: SearchTarget) => void;
  /** A search found no single place (a problem to explain, or a choice to make): what was shown for the last one goes. */
  onNotFound: () => void;
}

/**
 * What the finder's search field does, wherever it is (the finder page, the home page): the place
 * data fetched on the first keystroke, the suggestions, a submitted search resolved to a place, a
 * choice between places of the same name, or a problem explained next to the field, and what to
 * announce. Everything stays in the browser; nothing typed goes into the address or storage.
 */
export function usePlaceSearch({ text, onFound, onNotFound }: PlaceSearchOptions) {
  const { index, load } = usePlaceData();
  const [query, setQuery] = useState("");
  const [choices, setChoices] = useState<SearchTarget[] | null>(null);
  const [message, setMessage] = useState<FieldMessage | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** The place last picked from a list, so that submitting its name again does not ask again. */
  const picked = useRef<{ name: string; target: SearchTarget } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const suggestions = useMemo(() => (index ? suggest(index, query) : []), [index, query]);

  // Back to this page from the back/forward cache (after the quick exit, say): a shared device must not show what was searched.
  const forget = useRef(onNotFound);
  useEffect(() => {
    forget.current = onNotFound;
  });
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      picked.current = null;
      setQuery("");
      setChoices(null);
      setMessage(null);
      setAnnouncement("");
      forget.current();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);

  /** Shows `next` beside the field and announces `spoken`. */
  function say(next: FieldMessage | null, spoken: string) {
    setMessage(next);
    setAnnouncement(spoken);
  }

  function found(target: SearchTarget) {
    setChoices(null);
    onFound(target);
  }

  function pick(target: SearchTarget) {
    const name = targetName(target);
    picked.current = { name, target };
    setQuery(name);
    found(target);
  }

  function changeQuery(value: string) {
    setQuery(value);
    load().catch(() => undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The field itself: on a page where React takes over late, the text may have been typed before it did.
    const value = (inputRef.current?.value ?? query).trim();
    if (picked.current?.name === value) return found(picked.current.target);
    if (!index) say({ text: text.loadingPlaces, kind: "note" }, text.loadingPlaces);
    let places: SearchIndex;
    try {
      places = index ?? (await load());
    } catch {
      return say({ text: text.problems.dataFailed, kind: "problem" }, text.problems.dataFailed);
    }
    const outcome = resolveSearch(places, value);
    if (outcome.kind === "found") return found(outcome.target);
    setChoices(outcome.kind === "choose" ? outcome.options : null);
    onNotFound();
    if (outcome.kind === "problem") {
      const problem = fill(text.problems[problemKey[outcome.problem]], { query: outcome.query, code: outcome.query });
      return say({ text: problem, kind: "invalid-input" }, problem);
    }
    const ask = fill(outcome.exact ? text.chooseExact : text.choosePartial, { query: outcome.query });
    say({ text: ask, kind: "note" }, ask);
  }

  return {
    /** The props PlaceSearch needs, but for its button and its text. */
    field: { value: query, onValueChange: changeQuery, suggestions, onPick: pick, message, inputRef },
    /** The places to choose between after a search that fits several, or null. */
    choices,
    announcement,
    say,
    submit,
    pick,
    /** Forgets the choices, when a result comes from elsewhere (a position, the map). */
    clearChoices: () => setChoices(null),
  };
}
