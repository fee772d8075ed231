"use client";

import { useId, useState } from "react";
import { useHasHydrated } from "@/components/hydration";
import { fill } from "@/lib/i18n/format";
import type { BokmalOnlyText } from "@/lib/i18n/bokmal-only";
import { normalizeName } from "@/lib/text/normalize";

export interface MunicipalityFilterProps {
  text: BokmalOnlyText["municipalitiesPage"];
  total: number;
}

/** Hides the list items (and whole county groups) whose names do not contain the query; returns how many remain. */
function filterList(query: string): number {
  const wanted = normalizeName(query);
  let shown = 0;
  document.querySelectorAll<HTMLElement>("[data-filter-group]").forEach((group) => {
    let shownInGroup = 0;
    group.querySelectorAll<HTMLElement>("[data-filter-names]").forEach((item) => {
      const names = (item.dataset.filterNames ?? "").split("|");
      item.hidden = wanted !== "" && !names.some((name) => normalizeName(name).includes(wanted));
      if (!item.hidden) shownInGroup++;
    });
    group.hidden = shownInGroup === 0;
    shown += shownInGroup;
  });
  return shown;
}

/**
 * Narrows the server-rendered list by hiding items that do not match, so that the full list is
 * there without JavaScript. Rendered only in the browser, where it can work. What is typed stays
 * on the page.
 */
export function MunicipalityFilter({ text, total }: MunicipalityFilterProps) {
  const inBrowser = useHasHydrated();
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState(total);
  const id = useId();

  if (!inBrowser) return null;
  return (
    <div className="filter-field">
      <label htmlFor={id} className="form-label">
        {text.filterLabel}
      </label>
      <p id={`${id}-hint`} className="form-hint">
        {text.filterHint}
      </p>
      <input
        id={id}
        type="search"
        className="form-input filter-field__input"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-status`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setShown(filterList(event.target.value));
        }}
      />
      <p id={`${id}-status`} role="status" className="filter-field__status">
        {shown === 0 ? text.filterNone : fill(text.filterCount, { count: shown, total })}
      </p>
    </div>
  );
}
