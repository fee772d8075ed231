/**
 * Hands a query from the header's search field to the search page, in memory only: the query
 * never goes into the URL, history or storage. The header navigates to the search page within the
 * app (no reload), and the page picks the query up when it mounts, or at once if it is open.
 */
type Listener = (query: string) => void;

let pending: string | null = null;
const listeners = new Set<Listener>();

export function requestSearch(query: string): void {
  if (listeners.size === 0) pending = query;
  else listeners.forEach((listener) => listener(query));
}

export function onSearchRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (pending !== null) {
    const query = pending;
    pending = null;
    listener(query);
  }
  return () => listeners.delete(listener);
}
