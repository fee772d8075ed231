/**
 * Which file in out/ is which page of the site: the search index, the share images, the servers'
 * list of interactive pages and the page sweep all walk the exported files through this.
 */
import { isEditorPath } from "../security/headers";

/** Where Next writes its 404 page as a folder of its own; the not-found page's image goes beside it. */
export const NOT_FOUND_PATH = "/404/";

/**
 * The page an exported file is, from its path inside out/: "akutt-hjelp/index.html" is
 * "/akutt-hjelp/". Null for anything but a folder's index.html, for `_not-found/`, Next's
 * internal copy of the 404 page (the page itself is "/404/"), and for the editor at /admin/,
 * which is not part of the public site.
 */
export function exportedPagePath(file: string): string | null {
  const parts = file.split(/[\\/]/);
  if (parts.pop() !== "index.html" || parts[0] === "_not-found") return null;
  const pagePath = parts.length === 0 ? "/" : `/${parts.join("/")}/`;
  return isEditorPath(pagePath) ? null : pagePath;
}
