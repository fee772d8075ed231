/**
 * Share images: the picture a chat or a social network shows with a link to the site. Every page
 * names its own in og:image (lib/site/metadata.ts), and scripts/share-images.ts draws them after the
 * build. Both find the image's address from the page's with `shareImagePath`, so they cannot drift.
 */
import { isEditorPath } from "../security/headers";

/** The size Facebook, LinkedIn, Slack and X all show large without cropping. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where Next writes its 404 page as a folder of its own; the not-found page's image goes beside it. */
export const NOT_FOUND_PATH = "/404/";

/**
 * "/akutt-hjelp/" → "/akutt-hjelp/opengraph-image.png". It sits beside the page under the name
 * Next gives a route's own image, so a later move to per-route images keeps every address, and
 * the extension lets every host send it as image/png.
 */
export function shareImagePath(pagePath: string): string {
  if (!pagePath.startsWith("/") || !pagePath.endsWith("/")) throw new Error(`A page path starts and ends with "/": ${pagePath}`);
  return `${pagePath}opengraph-image.png`;
}

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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] !== "#") return ENTITIES[code.toLowerCase()] ?? entity;
    return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
  });
}

/**
 * The content of a page's `<meta property="…">` or `<meta name="…">` tag, decoded, or null. Enough
 * for the HTML React writes (double-quoted attributes), which is all it is used on.
 */
export function metaContent(html: string, key: string): string | null {
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/gi)) {
    const attributes = Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), value!]));
    if (attributes.property === key || attributes.name === key) return attributes.content === undefined ? null : decodeEntities(attributes.content);
  }
  return null;
}

/** The language of a page, from `<html lang="…">`. */
export function htmlLang(html: string): string | null {
  return /<html\s[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? null;
}
