import type { Dictionary } from "@/lib/i18n/types";
import "./header-search.css";

export interface HeaderSearchProps {
  /** The search page of the page's language. */
  searchHref: string;
  /** Unique on the page: the field's id. */
  id?: string;
  text: Dictionary["search"];
}

/**
 * The search field in the header. This renders the markup only; header-search.island.ts hands
 * what is typed to the search page (see handoff.ts). Without JavaScript the form simply opens the
 * search page: the field has no name, so nothing typed goes into the URL.
 */
export function HeaderSearch({ searchHref, id = "header-search", text }: HeaderSearchProps) {
  return (
    <form role="search" aria-label={text.label} action={searchHref} method="get" className="header-search" data-island="header-search">
      <label htmlFor={id} className="sr-only">
        {text.label}
      </label>
      <input id={id} type="search" className="header-search__input" autoComplete="off" spellCheck={false} />
      <button type="submit" className="header-search__button">
        {text.button}
      </button>
    </form>
  );
}
