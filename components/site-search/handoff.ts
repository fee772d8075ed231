/**
 * Hands a query from the header's search field to the search page without the URL, the history or
 * storage. On the search page itself it is an event on the document. From any other page it rides
 * in `window.name`, the one value a tab keeps across a same-site page load that is neither the
 * URL, nor history, nor web storage; the search page takes it out at once, every other page of the
 * site clears a stale one, and the quick exit clears it before leaving.
 */
type Listener = (query: string) => void;

const WINDOW_NAME_PREFIX = "nok-search:";
const SEARCH_EVENT = "nok-search-request";

export function isSearchPage(pathname: string, searchHref: string): boolean {
  return (pathname.endsWith("/") ? pathname : `${pathname}/`) === searchHref;
}

/**
 * Runs `query` on the search page: this one, or the one at `searchHref` after loading it. On the
 * search page the query waits in `window.name` too, in case the search has not started yet.
 */
export function requestSearch(query: string, searchHref: string): void {
  window.name = WINDOW_NAME_PREFIX + query;
  if (isSearchPage(window.location.pathname, searchHref)) document.dispatchEvent(new CustomEvent<string>(SEARCH_EVENT, { detail: query }));
  else window.location.assign(searchHref);
}

/** Forgets a query that was handed over but never picked up. */
export function discardPendingSearch(): void {
  if (window.name.startsWith(WINDOW_NAME_PREFIX)) window.name = "";
}

/** Calls `listener` with a query handed over before this page loaded, then with each new one. */
export function onSearchRequest(listener: Listener): () => void {
  if (window.name.startsWith(WINDOW_NAME_PREFIX)) {
    const query = window.name.slice(WINDOW_NAME_PREFIX.length);
    window.name = "";
    listener(query);
  }
  const handle = (event: Event) => {
    discardPendingSearch();
    listener((event as CustomEvent<string>).detail);
  };
  document.addEventListener(SEARCH_EVENT, handle);
  return () => document.removeEventListener(SEARCH_EVENT, handle);
}
