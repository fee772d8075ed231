/**
 * Share images: the picture a chat or a social network shows with a link to the site. Every page
 * names its own in og:image (lib/site/metadata.ts), and scripts/share-images.ts draws them after the
 * build. Both find the image's address from the page's with `shareImagePath`, so they cannot drift.
 */

/** The size Facebook, LinkedIn, Slack and X all show large without cropping. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * "/akutt-hjelp/" → "/akutt-hjelp/opengraph-image.png". It sits beside the page under the name
 * Next gives a route's own image, so a later move to per-route images keeps every address, and
 * the extension lets every host send it as image/png.
 */
export function shareImagePath(pagePath: string): string {
  if (!pagePath.startsWith("/") || !pagePath.endsWith("/")) throw new Error(`A page path starts and ends with "/": ${pagePath}`);
  return `${pagePath}opengraph-image.png`;
}
