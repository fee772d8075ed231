"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { fill } from "@/lib/i18n/format";
import type { Dictionary } from "@/lib/i18n/types";
import { onSearchRequest } from "./handoff";
import { type SearchHit, searchSite } from "./pagefind";
import "./site-search.css";

export interface SiteSearchProps {
  text: Dictionary["search"];
}

type State =
  | { kind: "idle" }
  | { kind: "searching" }
  | { kind: "done"; query: string; total: number; hits: SearchHit[] }
  | { kind: "empty" }
  | { kind: "failed" };

/**
 * The search page's form and results. Runs entirely in the browser from the site's own index;
 * the input has no name, so even a submit without JavaScript puts nothing in the URL.
 */
export function SiteSearch({ text }: SiteSearchProps) {
  const [query, setQuery] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });
  const latest = useRef(0);
  const id = useId();

  async function run(value: string) {
    const trimmed = value.trim();
    const attempt = ++latest.current;
    if (trimmed === "") return setState({ kind: "empty" });
    setState({ kind: "searching" });
    try {
      const { total, hits } = await searchSite(trimmed);
      if (attempt === latest.current) setState({ kind: "done", query: trimmed, total, hits });
    } catch {
      if (attempt === latest.current) setState({ kind: "failed" });
    }
  }

  useEffect(
    () =>
      onSearchRequest((requested) => {
        setQuery(requested);
        void run(requested);
      }),
    [],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(query);
  }

  const status =
    state.kind === "searching"
      ? text.searching
      : state.kind === "empty"
        ? text.empty
        : state.kind === "failed"
          ? text.failed
          : state.kind === "done"
            ? fill(state.total > 0 ? text.count : text.none, { count: state.total, query: state.query })
            : "";

  return (
    <div className="site-search">
      <form role="search" aria-label={text.label} onSubmit={submit} className="site-search__form">
        <label htmlFor={id} className="form-label">
          {text.label}
        </label>
        <div className="site-search__row">
          <input
            id={id}
            type="search"
            className="form-input site-search__input"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={`${id}-status`}
          />
          <button type="submit" className="button">
            {text.button}
          </button>
        </div>
      </form>
      <p id={`${id}-status`} role="status" className="site-search__status">
        {status}
      </p>
      {state.kind === "done" && state.hits.length > 0 && (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} className="sr-only">
            {text.resultsHeading}
          </h2>
          <ol className="site-search__results">
            {state.hits.map((hit) => (
              <li key={hit.url}>
                <a href={hit.url} className="site-search__title">
                  {hit.title}
                </a>
                <p className="site-search__excerpt">{hit.excerpt}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
