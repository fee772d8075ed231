/**
 * How long browsers may keep each file. Files whose names change whenever their content does are
 * kept for a year without asking again; everything else (pages, pagefind.js, the finder's data) is
 * revalidated on every use, which costs a 304 when nothing changed.
 */

/**
 * Content-hashed files, as path patterns in which `*` stands for any run of characters (the
 * `_headers` syntax of Netlify and Cloudflare Pages): Next's chunks, the island bundles, and
 * Pagefind's index, fragments, filters and metadata (pagefind.js, its entry file and its
 * WebAssembly keep their names and are revalidated).
 */
export const CONTENT_HASHED_PATHS = [
  "/_next/static/*",
  "/islands/*",
  "/pagefind/fragment/*",
  "/pagefind/index/*",
  "/pagefind/filter/*",
  "/pagefind/*.pf_meta",
] as const;

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** A path pattern as the source of a regular expression over the whole path ("/a/*" is "^/a/"). */
export function patternToRegExpSource(pattern: string): string {
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return `^${escaped.join(".*")}$`.replace(/\.\*\$$/, "");
}

export function patternToRegExp(pattern: string): RegExp {
  return new RegExp(patternToRegExpSource(pattern));
}

const contentHashed = CONTENT_HASHED_PATHS.map(patternToRegExp);

export function cacheControlFor(pathname: string): string {
  return contentHashed.some((pattern) => pattern.test(pathname)) ? IMMUTABLE : REVALIDATE;
}
