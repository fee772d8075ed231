import type { PageKind } from "../security/headers";

/**
 * The marker an interactive page carries in its <head> (`pageMetadata({ interactive: true })`
 * renders it, and the post-build step reads and removes it). Every page without it is static.
 */
export const PAGE_KIND_META = { name: "page-kind", content: "interactive" } as const;

const PAGE_KIND_MARKER = new RegExp(`<meta name="${PAGE_KIND_META.name}" content="${PAGE_KIND_META.content}"/>`);

/** The exported page's kind, from the marker its template rendered. */
export function pageKindOf(html: string): PageKind {
  return PAGE_KIND_MARKER.test(html) ? "interactive" : "static";
}

/** The page without the kind marker, which has done its job once the page is classified. */
export function withoutPageKindMarker(html: string): string {
  return html.replace(PAGE_KIND_MARKER, "");
}
