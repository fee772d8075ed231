/**
 * Pagefind's browser API, loaded from the site's own /pagefind/ folder on the first search. It
 * picks the index of the page's language (from <html lang>) by itself.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** The matching passage as plain text. */
  excerpt: string;
}

/** Where the build writes Pagefind's files; a variable, so that neither bundler nor TypeScript tries to resolve it. */
const PAGEFIND_MODULE: string = "/pagefind/pagefind.js";

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The bundlers must leave this import alone: the file exists only in the built site.
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_MODULE) as Promise<Pagefind>;
  return loading;
}

/** Pagefind marks matches with <mark>; the results show plain text, parsed without running anything. */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
}

/** The best `limit` hits, and how many pages matched in all. */
export async function searchSite(query: string, limit = 20): Promise<{ total: number; hits: SearchHit[] }> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return {
    total: results.length,
    hits: pages.map((page) => ({ url: page.url, title: page.meta.title ?? page.url, excerpt: plainText(page.excerpt) })),
  };
}
