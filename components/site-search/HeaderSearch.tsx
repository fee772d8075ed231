"use client";

import { usePathname, useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import type { Dictionary } from "@/lib/i18n/types";
import { requestSearch } from "./handoff";

export interface HeaderSearchProps {
  /** The search page of the page's language. */
  searchHref: string;
  text: Dictionary["search"];
}

/**
 * The search field in the header. It hands the query to the search page in memory and moves there
 * without a reload; without JavaScript it simply opens the search page (the field has no name,
 * so nothing typed goes into the URL).
 */
export function HeaderSearch({ searchHref, text }: HeaderSearchProps) {
  const [query, setQuery] = useState("");
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    requestSearch(query);
    setQuery("");
    const onSearchPage = (pathname.endsWith("/") ? pathname : `${pathname}/`) === searchHref;
    if (!onSearchPage) router.push(searchHref);
  }

  return (
    <form role="search" aria-label={text.label} action={searchHref} method="get" onSubmit={submit} className="header-search">
      <label htmlFor={id} className="sr-only">
        {text.label}
      </label>
      <input id={id} type="search" className="header-search__input" autoComplete="off" spellCheck={false} value={query} onChange={(event) => setQuery(event.target.value)} />
      <button type="submit" className="header-search__button">
        {text.button}
      </button>
    </form>
  );
}
